// `settled`: every use of `total` and `step` runs after its declaration (the closure is made
// after it), so nothing is checked. `early`: `report` may run before `count` is declared, so
// `count` starts uninitialised and the closure's read is checked.
function* settled(xs) {
  let total = 0;
  const step = (x) => total + x;
  for (const x of xs) {
    total = step(x);
    yield total;
  }
}
function* early(callEarly) {
  const report = () => count;
  if (callEarly) yield report();
  let count = yield "declaring";
  yield report();
}
