// `await` of a thenable: `then` is called in a later job, and resumption takes one more.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
const syncThenable = {
  then(resolve) {
    print("syncThenable.then called");
    resolve("sync value");
  },
};
const lateThenable = {
  then(resolve) {
    print("lateThenable.then called");
    Promise.resolve().then(() => Promise.resolve()).then(() => resolve("late value"));
  },
};
async function f() {
  print("f start");
  print("f got " + (await syncThenable));
  print("f got " + (await lateThenable));
  print("f end");
}
ticker(9);
f();
print("sync end");
