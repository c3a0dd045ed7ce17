// A generator function defined inside another generator captures the outer generator's
// locals; both are suspended at once and see each other's writes.
function* outer() {
  let total = 0;
  function* adder() {
    while (true) total += yield total;
  }
  const a = adder();
  a.next();
  const step = yield a;
  total += step;
  yield total;
}
const o = outer();
const a = o.next().value;
print("adder", a.next(5).value, a.next(10).value);
print("outer", o.next(100).value);
print("adder sees", a.next(1).value);
