// @expect captured: retained
// @expect via closure: captured
// Control: a value captured by a closure that is still reachable stays alive.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
var getter;
function* gen() {
  const o = tracked("captured");
  getter = function () { return o.tag; };
  yield 1;
}
var it = gen();
it.next();
nextTurn().then(function () {
  check("captured");
  print("via closure:", getter());
  it.next();
});
