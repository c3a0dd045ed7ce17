// @expect param read: param
// @expect param: collected
// @expect second: {"value":2,"done":false}
// A parameter read before the first yield only (the body does not use `arguments`).
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* gen(p) {
  print("param read:", p.tag);
  yield 1;
  yield 2;
}
var it = gen(tracked("param"));
it.next();
nextTurn().then(function () {
  check("param");
  print("second:", JSON.stringify(it.next()));
});
