// A thenable that rejects, and one whose `then` getter is read once, synchronously.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
let reads = 0;
const rejecting = {
  get then() {
    reads++;
    print("then getter read " + reads);
    return function (resolve, reject) {
      print("then called");
      reject(new Error("thenable says no"));
    };
  },
};
async function f() {
  try {
    await rejecting;
  } catch (e) {
    print("f caught " + e.constructor.name + ": " + e.message);
  }
  print("reads " + reads);
}
ticker(5);
f();
print("sync end");
