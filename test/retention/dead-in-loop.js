// @expect chunk0: collected
// @expect chunk1: collected
// @expect sum: 3
// A per-iteration value read only before the yield in a loop body is dead at the yield; the
// loop counter and the accumulator stay live.
var refs = {};
function tracked(tag) { var o = { tag: tag, size: 1 }; refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function* gen() {
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const chunk = tracked("chunk" + i);
    sum += chunk.size;
    yield i;
  }
  return sum;
}
var it = gen();
it.next();
nextTurn().then(function () {
  check("chunk0");
  it.next();
  return nextTurn();
}).then(function () {
  check("chunk1");
  it.next();
  print("sum:", it.next().value);
});
