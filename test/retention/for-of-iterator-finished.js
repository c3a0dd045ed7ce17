// @expect iterator: collected
// @expect iterable: collected
// @expect values: 1,2
// @expect end: true
// A for-of loop's iterator (and the iterable) after the loop finished: dead at the next yield.
var refs = {};
function tracked(tag, o) { refs[tag] = new WeakRef(o); return o; }
function check(tag) { gc(); print(tag + ":", refs[tag].deref() === undefined ? "collected" : "retained"); }
function makeIterable() {
  return tracked("iterable", {
    [Symbol.iterator]() {
      var i = 0;
      return tracked("iterator", { next: function () { i++; return { value: i, done: i > 2 }; } });
    },
  });
}
function* gen() {
  var seen = [];
  for (const x of makeIterable()) seen.push(yield x);
  yield "after loop";
  print("values:", seen.join(","));
}
var it = gen();
var r = it.next();
while (r.value !== "after loop") r = it.next(r.value);
nextTurn().then(function () {
  check("iterator");
  check("iterable");
  print("end:", it.next().done);
});
