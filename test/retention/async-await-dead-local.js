// @expect read: awaited
// @expect awaited: collected
// @expect resumed: 2
// An async function suspended at an await: a const read before the await and never after is
// not kept while the function waits (native V8 keeps it while unoptimized).
var refs = {};
function tracked(tag) { var o = { tag: tag }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
var release;
var gate = new Promise(function (resolve) { release = resolve; });
async function f() {
  const big = tracked("awaited");
  print("read:", big.tag);
  const n = await gate;
  print("resumed:", n);
}
f();
nextTurn().then(function () {
  check("awaited");
  release(2);
});
