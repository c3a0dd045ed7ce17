// @expect read: yielded
// @expect yielded: collected
// @expect kept: retained
// @expect resumed: 2 kept
// An async generator suspended at a yield keeps what it reads later and nothing else.
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
async function* g() {
  const dead = tracked("yielded");
  const live = tracked("kept");
  print("read:", dead.tag);
  const n = yield 1;
  print("resumed:", n, live.tag);
}
var it = g();
it.next().then(function () {
  return nextTurn();
}).then(function () {
  check("yielded");
  check("kept");
  it.next(2);
});
