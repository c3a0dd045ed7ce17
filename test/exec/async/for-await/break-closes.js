// break inside for await calls the iterator's return() and awaits the promise it returns
// before the code after the loop runs.
function iterable(name) {
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
      return Promise.resolve()
        .then(() => print(name + " return() settling"))
        .then(() => ({ done: true }));
    },
  };
}
async function main() {
  for await (const v of iterable("first")) {
    print("value " + v);
    if (v === 2) break;
  }
  print("after first loop");
  outer: for (let round = 0; round < 2; round++) {
    for await (const v of iterable("labelled" + round)) {
      if (v === 1) continue;
      if (round === 0) continue outer;
      break outer;
    }
  }
  print("after labelled loops");
}
main();
