// Optional chaining short-circuits the whole chain, so a yield in a skipped argument or key is
// never reached; a reached one resumes the chain with the receiver it had.
const log = [];
function* gen(o) {
  const a = o?.m(yield "arg");
  print("a", a);
  const b = o?.[yield "key"];
  print("b", b);
  const c = o?.inner?.m?.(yield "deep");
  print("c", c);
  const d = (yield "base")?.value;
  print("d", d);
}
const obj = {
  k: "K",
  m(v) { log.push("m " + v + " " + (this === obj)); return "m:" + v; },
  inner: null,
};
for (const o of [null, obj]) {
  const it = gen(o);
  let r = it.next();
  while (!r.done) {
    print("yielded", r.value);
    r = it.next(r.value === "key" ? "k" : r.value === "base" ? (o ? { value: 7 } : undefined) : "x");
  }
}
print(log.join(","));
