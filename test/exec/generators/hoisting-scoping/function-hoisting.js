// Function declarations in the generator body are hoisted: callable before their position,
// across yields, and each generator instance gets its own function objects.
function* gen() {
  yield helper("before");
  yield typeof helper;
  function helper(x) { return "helper " + x; }
  yield helper("after");
  yield helper;
  {
    function inBlock() { return "in block"; }
    yield inBlock();
  }
}
const a = gen();
const b = gen();
const out = [];
let r;
while (!(r = a.next()).done) out.push(typeof r.value === "function" ? "fn" : r.value);
print(out.join(" | "));
a.return();
b.next();
b.next();
b.next();
const fb = b.next().value;
const a2 = gen();
a2.next(); a2.next(); a2.next();
print("distinct per instance", fb !== a2.next().value);
