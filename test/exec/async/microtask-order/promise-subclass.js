// Awaiting an instance of a Promise subclass is not the fast path: its `then` is looked up
// and called in a later job.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
class MyPromise extends Promise {
  then(a, b) {
    print("MyPromise.then");
    return super.then(a, b);
  }
}
async function f() {
  const v = await MyPromise.resolve("sub");
  print("f got " + v);
  const w = await Promise.resolve("native");
  print("f got " + w);
}
async function g() {
  return MyPromise.resolve("returned sub");
}
ticker(7);
f();
g().then((v) => print("g resolved " + v));
print("sync end");
