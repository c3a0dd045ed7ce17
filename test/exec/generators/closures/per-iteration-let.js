// Closures created in a `for (let ...)` loop with yields each capture their own iteration's
// binding; the update expression works on the next iteration's copy.
function* gen() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
    yield i;
    fns.push(() => i * 10);
  }
  return fns;
}
const it = gen();
let r = it.next();
while (!r.done) r = it.next();
print(r.value.map((f) => f()).join(","));
function* mutating() {
  const getters = [];
  for (let i = 0; i < 3; i++) {
    getters.push(() => i);
    i += yield "i " + i;
  }
  yield getters.map((g) => g()).join(",");
}
const m = mutating();
let s = m.next();
while (!s.done) {
  print(s.value);
  s = m.next(1);
}
