// @expect read: const
// @expect const: collected
// @expect resumed: 2
// A `const` still in scope at the yield but never read again.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* gen() {
  const big = tracked("const");
  print("read:", big.tag);
  const n = yield 1;
  print("resumed:", n);
}
var it = gen();
it.next();
nextTurn().then(function () {
  check("const");
  it.next(2);
});
