// @expect live: retained
// @expect after: live
// Control: a value read after the yield is live there and must NOT be collected.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* gen() {
  let o = tracked("live");
  yield 1;
  print("after:", o.tag);
}
var it = gen();
it.next();
nextTurn().then(function () {
  check("live");
  it.next();
});
