// `this`, `arguments`, `super` and `new.target` inside an async arrow's non-simple parameters
// and body are the enclosing function's, wherever the arrow stands: a plain function, a class
// constructor and method, a lowered generator, a lowered async function, another async arrow.
function plain(a, b) {
  const f = async (x = this.tag + arguments.length, { y } = { y: arguments[1] }, ...r) => {
    await null;
    return [x, y, r.length, this.tag, arguments[0]];
  };
  return f(undefined, undefined, 7, 8);
}
plain.call({ tag: "T" }, "a0", "a1").then((v) => print("plain", v.join(",")));

class Base {
  hello(s) { return "hello " + s; }
}
class Derived extends Base {
  constructor(arg) {
    super();
    this.tag = "derived";
    this.made = async (p = new.target.name, q = super.hello(arg), ...rest) => {
      await null;
      return [p, q, this.tag, arguments[0], rest.length, new.target === Derived];
    };
  }
  method(m) {
    const f = async ({ k } = { k: super.hello(m) }, n = arguments.length) => [k, n, this.tag];
    return f();
  }
}
const d = new Derived("ctor-arg");
d.made().then((v) => print("constructor", v.join(",")));
d.method("m", "extra").then((v) => print("method", v.join(",")));

function* gen(g0) {
  const f = async (a = arguments[0], b = this && this.tag, ...r) => [a, b, r.join("")];
  const first = yield f();
  yield f(first, "x", "y", "z");
}
const it = gen.call({ tag: "gen-this" }, "g0");
it.next().value.then((v) => {
  print("in generator", v.join(","));
  return it.next("sent").value;
}).then((v) => print("in generator 2", v.join(",")));

async function af(z) {
  await null;
  const f = async ({ a } = { a: arguments[0] }, b = this.tag) => [a, b];
  return f();
}
af.call({ tag: "af-this" }, "af-arg").then((v) => print("in async function", v.join(",")));

function nests(n) {
  const outerArrow = async (a = arguments[0], ...r) => {
    const innerArrow = async (b = arguments.length, c = a, ...s) => [b, c, s.length, r.length, this.tag];
    await null;
    return innerArrow(undefined, undefined, 1, 2);
  };
  return outerArrow(undefined, "r");
}
nests.call({ tag: "nest" }, "n0", "n1", "n2").then((v) => print("nested", v.join(",")));
