// await takes the fast path only for native promises whose `constructor` is Promise: a
// patched own `then` on such a promise is never called, while a promise whose constructor
// was changed is treated as a thenable (its `then` is called, one job later).
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
const patchedThen = Promise.resolve("patched-then promise");
patchedThen.then = function (a, b) {
  print("patched then called");
  return Promise.prototype.then.call(this, a, b);
};
const otherCtor = Promise.resolve("other-constructor promise");
otherCtor.constructor = Object;
otherCtor.then = function (a, b) {
  print("otherCtor then called");
  return Promise.prototype.then.call(this, a, b);
};
async function f() {
  print("got " + (await patchedThen));
  print("got " + (await otherCtor));
}
ticker(6);
f();
print("sync end");
