// await in call arguments: arguments are evaluated left to right, the callee and `this`
// are fixed before the await, spread arguments may await.
function trace(name, v) {
  print("eval " + name);
  return v;
}
const obj = {
  tag: "obj",
  show(a, b, c) {
    return this.tag + ":" + a + "," + b + "," + c;
  },
};
async function f() {
  let fn = function (a, b, c) { return "first " + a + b + c; };
  const r1 = fn(trace("a", 1), await trace("b", 2), trace("c", 3));
  print(r1);
  const r2 = fn(await (fn = function (a, b, c) { return "second " + a + b + c; }, 4), 5, 6);
  print(r2);
  let target = obj;
  print(target.show(await ((target = { tag: "other", show: null }), "x"), "y", "z"));
  print(Math.max(...(await [3, 9, 4]), await 7));
  print(String(await new Promise((r) => r("from promise"))));
  print(new Array(await 3).length);
}
f();
