// @refuse class's own private name `#secret`
// A computed key is in the scope of its class's private names, so `#secret in o` is valid
// there. The key holds a yield, so the lowering evaluates it outside the class, where
// `#secret` is out of scope (unparsable, or another class's): refused with a code frame.
function* g(o) {
  class K {
    #secret = 1;
    [(yield "key") + (#secret in o)]() {}
  }
  return K;
}
const it = g({});
print(it.next().value);
