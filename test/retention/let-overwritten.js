// @expect before: let
// @expect let: collected
// @expect after: replacement
// @expect done: true
// A `let` whose value is overwritten after the yield before any read: dead at the yield.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* gen() {
  let o = tracked("let");
  print("before:", o.tag);
  yield 1;
  o = { tag: "replacement" };
  print("after:", o.tag);
}
var it = gen();
it.next();
nextTurn().then(function () {
  check("let");
  print("done:", it.next().done);
});
