// return and throw inside for await close the iterator (awaiting return()); a throw from the
// body wins over a rejected return(); return() is not called when the iterator finishes.
function iterable(name, rejectReturn) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      i++;
      return Promise.resolve({ value: i, done: i > 2 });
    },
    return() {
      print(name + " return()");
      return rejectReturn ? Promise.reject(new Error("return() rejected")) : Promise.resolve({ done: true });
    },
  };
}
async function returns() {
  for await (const v of iterable("returns", false)) {
    return "returned " + v;
  }
}
async function throws(rejectReturn) {
  for await (const v of iterable("throws", rejectReturn)) {
    throw new Error("body threw at " + v);
  }
}
async function completes() {
  for await (const v of iterable("completes", false)) print("completes value " + v);
  return "completed";
}
async function main() {
  print(await returns());
  for (let k = 0; k < 2; k++) {
    try {
      await throws(k === 1);
    } catch (e) {
      print("caught " + e.message);
    }
  }
  print(await completes());
}
main();
