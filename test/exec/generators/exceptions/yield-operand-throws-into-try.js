// An error thrown while evaluating a `yield` operand (an unresolvable name, a call, a getter)
// is caught by the generator's enclosing try, with or without locals live across the yield,
// and the generator then goes on and completes normally (it did not suspend at that yield).
function thrower() { throw new Error("operand threw"); }
const poisoned = { get value() { throw new RangeError("getter threw"); } };

function* unresolvable() {
  try { yield notDeclaredAnywhere; } catch (e) { print("caught", e.constructor.name); }
}
function* call() {
  try { yield thrower(); } catch (e) { print("caught", e.message); }
  return "after";
}
function* getterWithLiveLocal(n) {
  let kept = n * 2;
  try { yield poisoned.value; } catch (e) { print("caught", e.constructor.name, kept); }
  yield kept;
  return "end";
}
function* inFinally() {
  try { yield thrower(); } finally { print("finally ran"); }
}
function* nested() {
  try {
    try { yield notDeclaredEither; } finally { print("inner finally"); }
  } catch (e) { print("outer caught", e.constructor.name); }
  return "nested done";
}
for (const g of [unresolvable(), call(), getterWithLiveLocal(21), inFinally(), nested()]) {
  const out = [];
  try {
    for (let i = 0; i < 4; i++) {
      const r = g.next(i);
      out.push(JSON.stringify(r));
      if (r.done) break;
    }
  } catch (e) {
    out.push("threw " + e.message);
  }
  print(out.join(" | "));
}

async function awaitOperand() {
  try { await notDeclaredAnywhere; } catch (e) { print("await caught", e.constructor.name); }
  try { await thrower(); } catch (e) { print("await caught", e.message); }
  return "async done";
}
async function* asyncGenOperand() {
  try { yield notDeclaredAnywhere; } catch (e) { print("async gen caught", e.constructor.name); }
  try { yield await poisoned.value; } catch (e) { print("async gen caught", e.constructor.name); }
  yield "last";
}
(async () => {
  print(await awaitOperand());
  const g = asyncGenOperand();
  print(JSON.stringify(await g.next()), JSON.stringify(await g.next()));
})();
