// @expect loop: 1
// @expect loop: 2
// @expect iterable: collected
// @expect resumed: 3
// After a for-await loop has finished, its iterator and iterable are not kept while the
// function awaits something else.
var refs = {};
function tracked(tag) { var o = [1, 2]; o.tag = tag; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
var release;
var gate = new Promise(function (resolve) { release = resolve; });
async function f() {
  for await (const v of tracked("iterable")) print("loop:", v);
  const n = await gate;
  print("resumed:", n);
}
f();
nextTurn().then(function () { return nextTurn(); }).then(function () {
  check("iterable");
  release(3);
});
