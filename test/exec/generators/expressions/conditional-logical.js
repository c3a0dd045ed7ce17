// Conditional and logical operators with yields: only the taken branch yields; short-circuited
// operands are never evaluated, including logical assignment.
const log = [];
function t(label, v) { log.push(label); return v; }
function* gen(flag) {
  const a = flag ? yield "then" : yield "else";
  print("cond", a);
  const b = t("left and", 0) && (yield "never and");
  const c = t("left or", 0) || (yield "or right");
  const d = t("left nullish", null) ?? (yield "nullish right");
  const e = t("left nullish 2", false) ?? (yield "never nullish");
  print("logical", b, c, d, e);
  let x = 1;
  x &&= yield "and assign";
  let y = "kept";
  y ||= yield "never or assign";
  let z = null;
  z ??= yield "nullish assign";
  print("assign", x, y, z);
  const nested = (yield "test") ? (t("inner", 1) && (yield "inner yield")) : t("else", 2);
  print("nested", nested);
}
for (const flag of [true, false]) {
  const it = gen(flag);
  let r = it.next();
  let i = 0;
  while (!r.done) {
    print("yielded", r.value);
    r = it.next(i++ % 2 === 0 ? "v" + i : i);
  }
  print("log", log.splice(0).join(","));
}
