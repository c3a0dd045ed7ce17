// yield* forwards next() values to the inner generator, yields its values, and evaluates to
// the inner generator's return value.
function* inner(tag) {
  const a = yield tag + " 1";
  const b = yield tag + " 2 got " + a;
  return tag + " returned " + b;
}
function* outer() {
  const r1 = yield* inner("first");
  print("outer got", r1);
  const r2 = yield* inner("second");
  print("outer got", r2);
  return "outer done";
}
const it = outer();
let r = it.next("ignored");
let n = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next("v" + n++);
}
print("result", r.value);
