// @expect finally: retained
// @expect catch: retained
// @expect in finally: finally
// @expect in catch: catch
// Control: values read only in a finally or a catch are live at a yield inside the try,
// because return() and throw() resume into those handlers.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* withFinally() {
  const o = tracked("finally");
  try {
    yield 1;
  } finally {
    print("in finally:", o.tag);
  }
}
function* withCatch() {
  const o = tracked("catch");
  try {
    yield 1;
  } catch (e) {
    print("in catch:", o.tag);
  }
}
var a = withFinally();
a.next();
var b = withCatch();
b.next();
nextTurn().then(function () {
  check("finally");
  check("catch");
  a.return();
  b.throw(new Error("x"));
});
