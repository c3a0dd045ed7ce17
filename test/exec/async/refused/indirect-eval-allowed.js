// Indirect eval, `eval` as a plain identifier and `with` outside the async function are not
// refused: they cannot reach the lowered function's locals.
var fromWith;
with ({ suffix: " works" }) {
  fromWith = "with outside" + suffix;
}
async function f() {
  const local = "not visible to indirect eval";
  await null;
  const indirect = (0, eval)("typeof local");
  const myEval = eval;
  const viaAlias = myEval("1 + 2");
  return indirect + " " + viaAlias + " " + fromWith;
}
f().then((v) => print(v));
