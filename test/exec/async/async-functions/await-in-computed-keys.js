// await in computed keys of object literals and classes, in member access and assignment
// targets; property definitions keep their order.
function key(k) {
  print("key " + k);
  return k;
}
async function f() {
  const o = {
    first: key("first"),
    [await key("second")]: await "2",
    [key("third")]: 3,
    [await key("fourth")]() {
      return "method";
    },
  };
  print(Object.keys(o).join(",") + " " + o.second + " " + o.fourth());
  const store = {};
  store[await key("k")] = await key("v");
  print("store.k = " + store.k);
  print("member " + o[await "third"]);
  class C {
    [await key("m")]() {
      return "class method";
    }
    static [await key("s")] = "static value";
  }
  print(new C().m() + " " + C.s);
}
f();
