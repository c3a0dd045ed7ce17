// Async arrows keep the enclosing function's `this` and `arguments`, before and after awaits,
// also when nested in another async arrow.
function outer(a, b) {
  const arrow = async (x) => {
    print("before: " + this.name + " " + arguments.length + " " + arguments[0] + " x=" + x);
    await null;
    print("after: " + this.name + " " + arguments[1]);
    const inner = async () => {
      await null;
      return this.name + "/" + arguments.length;
    };
    return inner();
  };
  return arrow("X");
}
outer.call({ name: "ctx" }, "a", "b", "c").then((v) => print("resolved " + v));
const obj = {
  name: "obj",
  method() {
    return (async () => {
      await null;
      return this === obj;
    })();
  },
};
obj.method().then((v) => print("this is obj: " + v));
print("sync end");
