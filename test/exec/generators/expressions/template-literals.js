// Template literals evaluate their substitutions left to right; a tagged template receives the
// same strings array on every evaluation of the same site.
const log = [];
function v(label) { log.push(label); return label; }
let firstStrings = null;
function tag(strings, ...values) {
  if (firstStrings === null) firstStrings = strings;
  print("same strings object", strings === firstStrings, strings.raw.join("|"), values.join("|"));
  return values.length;
}
function* gen() {
  const s = `${v("a")}-${yield "t1"}-${v("c")}`;
  print("template", s);
  for (let i = 0; i < 2; i++) {
    const n = tag`x${v("d")}y${yield "t2"}z`;
    print("tagged", n);
  }
}
const it = gen();
print(it.next().value);
print(it.next("B").value);
print(it.next("E").value);
print(it.next("F").done);
print(log.join(","));
