// Microtask order of yield* delegation in an async generator (to an async generator and to
// a sync iterable), against a ticker.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function* inner() {
  yield "i1";
  yield "i2";
  return "inner done";
}
async function* outer() {
  const r = yield* inner();
  print("inner returned " + r);
  yield* ["s1", Promise.resolve("s2")];
}
ticker(20);
const g = outer();
const show = (r) => print("result " + r.value + " " + r.done);
for (let i = 0; i < 6; i++) g.next().then(show);
print("sync end");
