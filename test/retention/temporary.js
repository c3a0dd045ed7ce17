// @expect temp at yield 1: retained
// @expect temp at yield 2: collected
// @expect combined: temp+A
// A temporary (a call's first argument, evaluated before a yield in the second) is live at
// that yield (control) and dead at the next one.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function alive(tag) { gc(); return refs[tag].deref() === undefined ? "collected" : "retained"; }
function combine(a, b) { return a.tag + "+" + b; }
var combined;
function* gen() {
  combined = combine(tracked("temp"), yield 1);
  yield 2;
}
var it = gen();
it.next();
nextTurn().then(function () {
  print("temp at yield 1:", alive("temp"));
  it.next("A");
  return nextTurn();
}).then(function () {
  print("temp at yield 2:", alive("temp"));
  print("combined:", combined);
  it.next();
});
