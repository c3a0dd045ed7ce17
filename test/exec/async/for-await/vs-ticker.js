// Microtask order of for await over an async generator, over an array of promises and over
// plain values, against a ticker.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function* gen() {
  yield 1;
  yield 2;
}
async function overGen() {
  for await (const v of gen()) print("gen " + v);
  print("gen loop done");
}
async function overArray() {
  for await (const v of [Promise.resolve("p1"), "v2"]) print("array " + v);
  print("array loop done");
}
ticker(14);
overGen();
overArray();
print("sync end");
