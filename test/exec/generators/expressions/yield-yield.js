// `yield yield x`: the inner yield's resumption value is yielded by the outer one; several
// yields in one expression suspend left to right.
function* gen() {
  const a = yield yield "x";
  print("a", a);
  const b = (yield 1) + (yield 2) * (yield 3);
  print("b", b);
  const c = yield (yield (yield "deep"));
  print("c", c);
  return yield;
}
const it = gen();
let r = it.next("ignored");
let n = 10;
while (!r.done) {
  print("yielded", r.value);
  r = it.next(n++);
}
print("returned", r.value);
