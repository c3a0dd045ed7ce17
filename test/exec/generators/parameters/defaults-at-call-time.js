// Default parameter initializers run when the generator function is called, before the first
// next(), in order, and can read earlier parameters and outer variables as they are then.
const log = [];
let outer = "outer at call";
function d(label, v) { log.push("default " + label); return v; }
function* gen(a = d("a", 1), b = d("b", a + 1), c = d("c", outer)) {
  log.push("body");
  yield [a, b, c].join(",");
}
const it = gen(undefined, 5);
log.push("after call");
outer = "outer changed";
print(it.next().value);
print(log.join(", "));
