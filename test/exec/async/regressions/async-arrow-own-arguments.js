// Real-library finding: an async arrow with non-simple parameters (they are evaluated inside
// the machine) took its parameter values from the *enclosing* function's `arguments`, not
// from its own call; inside a lowered generator, from the step function's internal arguments.
function outer(a, b) {
  const f = async (x, y = 2) => x + y;
  return f(10);
}
outer("A", "B").then((v) => print("outer", v));

function wrap(fn) {
  return async (...args) => {
    await null;
    return fn(...args);
  };
}
wrap((...a) => a.join("+"))(1, 2, 3).then((v) => print("rest", v));

class Resolver {
  constructor(options) {
    this.options = options;
    this.resolveId = async (source, skip = null) => source + ":" + skip + ":" + this.options;
  }
}
new Resolver("opts").resolveId("./a").then((v) => print("constructor", v));

function* gen() {
  const f = async (a, { b = "B" } = {}) => a + b;
  yield f("A");
}
gen().next().value.then((v) => print("in generator", v));

function readsOuter() {
  return async (a = arguments[1]) => a;
}
readsOuter(1, 2)().then((v) => print("default reads outer arguments", v));
