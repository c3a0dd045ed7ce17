// Microtask order of async generator next() results, yields of promises, awaits in the
// body and completion, against a ticker.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function* gen() {
  print("body start");
  yield 1;
  print("after yield 1");
  yield Promise.resolve(2);
  print("after yield 2");
  await null;
  print("after await");
  yield 3;
  return 4;
}
ticker(14);
const g = gen();
const show = (r) => print("result " + r.value + " " + r.done);
g.next().then(show);
g.next().then(show);
g.next().then(show);
g.next().then(show);
g.next().then(show);
print("sync end");
