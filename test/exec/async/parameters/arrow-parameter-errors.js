// A throwing default or destructuring of an async arrow rejects its promise; the call itself
// returns normally, and later parameters are not evaluated.
const log = [];
function boom(what) {
  log.push(what);
  throw new RangeError(what);
}
const arrows = [
  async (a = boom("default"), b = log.push("b")) => "unreachable",
  async ({ x }) => x,
  async ([y]) => y,
  async (a, { b } = boom("second")) => a,
  async (...[r = boom("rest")]) => r,
];
let chain = Promise.resolve();
arrows.forEach((f, i) => {
  let p;
  try {
    p = f();
    print(i, "returned", p instanceof Promise);
  } catch (e) {
    print(i, "threw at call", e.constructor.name);
    return;
  }
  chain = chain.then(() => p.then(
    (v) => print(i, "resolved", v),
    (e) => print(i, "rejected", e.constructor.name),
  ));
});
chain.then(() => print("log", log.join(",")));
