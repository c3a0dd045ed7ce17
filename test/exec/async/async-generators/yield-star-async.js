// yield* over an async iterable forwards next values, and its result is the inner return
// value; each inner result is passed through without an extra await of its value.
async function* inner() {
  const a = yield "i1";
  print("inner got " + a);
  const b = yield "i2";
  print("inner got " + b);
  return "inner result";
}
async function* outer() {
  yield "o1";
  const r = yield* inner();
  print("yield* evaluated to " + r);
  yield "o2";
}
async function main() {
  const g = outer();
  const sent = ["s0", "s1", "s2", "s3", "s4", "s5"];
  for (let i = 0; i < sent.length; i++) {
    const r = await g.next(sent[i]);
    print("next(" + sent[i] + ") -> " + r.value + " " + r.done);
  }
}
main();
