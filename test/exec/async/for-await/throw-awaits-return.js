// A throw or return inside for await still awaits the promise returned by return() before
// the exception propagates or the function settles; a return() that throws synchronously is
// ignored when the body threw.
function slowClose(name, throwInReturn) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      i++;
      return Promise.resolve({ value: i, done: false });
    },
    return() {
      print(name + " return() called");
      if (throwInReturn) throw new Error("return() threw");
      return Promise.resolve()
        .then(() => print(name + " return() step 1"))
        .then(() => print(name + " return() step 2"))
        .then(() => ({ done: true }));
    },
  };
}
async function throwing(name, throwInReturn) {
  try {
    for await (const v of slowClose(name, throwInReturn)) throw new Error("body threw " + v);
  } catch (e) {
    print(name + " caught " + e.message);
  }
}
async function returning() {
  for await (const v of slowClose("returning", false)) return "returned " + v;
}
async function main() {
  await throwing("slow", false);
  await throwing("sync-throwing", true);
  print(await returning());
}
main();
