// Async functions, methods and async generators with non-simple parameters: the parameters
// and the body see one `arguments` object (unmapped: parameter writes do not show in it), the
// function's own `this` and `super`; `length` counts the parameters before the first default
// or rest, destructured ones included.
async function same(a = arguments, b = this) {
  await null;
  return [a === arguments, b === this, arguments.length];
}
same.call("self-is-boxed-in-sloppy").then((v) => print("same", v.join(",")));
async function unmapped(a, b = 0) {
  a = "written";
  arguments[1] = "arg written";
  await null;
  return [arguments[0], b, a];
}
unmapped("given", "b").then((v) => print("unmapped", v.join(",")));
async function lengths1({ a }, [b], c, d = 1, e) {}
async function lengths2(a, ...r) {}
async function lengths3(a = 1, b) {}
print("lengths", lengths1.length, lengths2.length, lengths3.length);

class Base {
  greet(s) { return "base " + s; }
  static who() { return "Base"; }
}
class K extends Base {
  async m({ x } = { x: super.greet(this.tag) }, y = arguments.length) {
    await null;
    return [x, y, arguments[1], this.tag];
  }
  static async s(a = super.who(), ...rest) {
    return [a, rest.length, arguments.length];
  }
  async *ag(a = arguments[1], { b } = { b: super.greet("ag") }) {
    yield [a, b, arguments.length, this.tag].join(",");
  }
  *g(a = arguments[1], b = super.greet("g")) {
    yield [a, b, arguments.length].join(",");
  }
}
const k = new K();
k.tag = "k";
k.m().then((v) => print("class method", v.join(",")));
k.m({ x: "X" }, undefined, "third").then((v) => print("class method given", v.join(",")));
K.s(undefined, 1, 2).then((v) => print("static", v.join(",")));
k.ag("first", undefined).next().then((r) => print("async generator method", r.value));
print("generator method", k.g("first", "second").next().value);

const base = { hi(s) { return "proto " + s; } };
const obj = {
  __proto__: base,
  tag: "obj",
  async m(a = super.hi(this.tag), ...[b, c = arguments.length]) {
    await null;
    return [a, b, c];
  },
  async *ag({ v } = { v: arguments.length }) {
    yield v + ":" + this.tag;
  },
};
obj.m(undefined, "B").then((v) => print("object method", v.join(",")));
obj.ag().next().then((r) => print("object async generator", r.value));

