// @expect first: caught
// @expect error: collected
// @expect resumed: 1
// An exception that went through a finally and was caught is not kept by the finally's
// completion record while the generator suspends in the next try.
var refs = {};
function tracked(tag) { var o = new Error(tag); refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* gen() {
  for (var round = 0; round < 2; round++) {
    try {
      try {
        if (round === 0) throw tracked("error");
        var n = yield round;
        print("resumed:", n);
      } finally {
        round = round + 0;
      }
    } catch (e) {
      print("first:", "caught");
    }
  }
}
var it = gen();
it.next();
nextTurn().then(function () {
  check("error");
  it.next(1);
});
