// Property reads through a logging Proxy make every get/has/set visible, so the order of
// operations across yields is checked exactly.
const log = [];
const target = { a: 1, b: 2, c: 3 };
const p = new Proxy(target, {
  get(t, k) { log.push("get " + String(k)); return t[k]; },
  set(t, k, v) { log.push("set " + String(k) + "=" + v); t[k] = v; return true; },
  has(t, k) { log.push("has " + String(k)); return k in t; },
});
function* gen() {
  const s = p.a + (yield "one") + p.b;
  p.c = p.a + (yield "two");
  p[(yield "key")] += yield "inc";
  const has = (yield "has") in p;
  print(s, target.c, target.b, has);
}
const it = gen();
const answers = [10, 20, "b", 100, "a"];
let r = it.next();
let i = 0;
while (!r.done) {
  log.push("yield " + r.value);
  r = it.next(answers[i++]);
}
print(log.join(", "));
