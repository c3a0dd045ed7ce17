// @refuse class's own name `K`
// A closure made in a class's computed key sees the class's own binding once the class exists.
// The key holds a yield, so the lowering evaluates it outside the class, where that binding is
// out of reach: refused rather than made to read another binding.
let later;
function* g() {
  class K {
    [(later = () => K, yield "key")]() {}
  }
  yield later() === K;
}
const it = g();
print(JSON.stringify([it.next(), it.next("k"), it.next()]));
