// for await over an async generator and over a hand-written async iterable; the loop
// awaits each next() result (not the values of an async iterator's results).
async function* gen() {
  yield "g1";
  await null;
  yield "g2";
}
function handWritten() {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      print("asyncIterator called");
      return this;
    },
    next() {
      i++;
      print("next " + i);
      return Promise.resolve({ value: i < 3 ? Promise.resolve("p" + i) : undefined, done: i >= 3 });
    },
  };
}
async function main() {
  for await (const v of gen()) print("gen value " + v);
  for await (const v of handWritten()) print("value is promise " + (v instanceof Promise) + " -> " + (await v));
  print("done");
}
main();
