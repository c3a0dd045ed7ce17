// `await f()` chains: each level is an async function awaiting the next one.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function leaf(x) {
  print("leaf " + x);
  await null;
  print("leaf resumed " + x);
  return x * 2;
}
async function middle(x) {
  print("middle " + x);
  const y = await leaf(x);
  print("middle got " + y);
  return (await leaf(y)) + 1;
}
async function top() {
  print("top");
  const r = await middle(1);
  print("top got " + r);
  return r;
}
ticker(10);
top().then((r) => print("top resolved " + r));
print("sync end");
