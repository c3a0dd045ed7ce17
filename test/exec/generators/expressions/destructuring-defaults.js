// Yields in destructuring defaults: a default is only evaluated (and only yields) when the
// value is undefined; getters are read in pattern order around the suspensions.
const log = [];
const source = {
  get a() { log.push("get a"); return undefined; },
  get b() { log.push("get b"); return "B"; },
  get c() { log.push("get c"); return undefined; },
};
function* gen() {
  const { a = yield "default a", b = yield "default b", c = yield "default c" } = source;
  print("object", a, b, c);
  const [p = yield "p", q = yield "q", ...rest] = [undefined, 2, 3, 4];
  print("array", p, q, rest);
  let m, n;
  ({ m = yield "m", n: [n = yield "n"] = [] } = { m: 0 });
  print("assign", m, n);
}
const it = gen();
let r = it.next();
let i = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next("v" + i++);
}
print(log.join(", "));
