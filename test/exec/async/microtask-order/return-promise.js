// `return somePromise` from an async function adopts it: that costs extra ticks compared
// with `return await somePromise` and with returning a plain value.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function plain() { return "plain"; }
async function returnsPromise() { return Promise.resolve("returned promise"); }
async function returnsAwaited() { return await Promise.resolve("return await"); }
async function returnsAsync() { return plain(); }
ticker(6);
returnsPromise().then((v) => print(v));
returnsAwaited().then((v) => print(v));
plain().then((v) => print(v));
returnsAsync().then((v) => print("async " + v));
print("sync end");
