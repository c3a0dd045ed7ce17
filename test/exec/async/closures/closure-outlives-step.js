// Closures created before an await are called while the function is suspended and after it
// finished; they keep the variables (parameters, catch bindings, block bindings) they saw.
let pending = [];
async function f(param) {
  let counter = 0;
  pending.push(() => "param " + param + " counter " + ++counter);
  try {
    throw new Error("caught one");
  } catch (e) {
    pending.push(() => "catch binding " + e.message);
  }
  {
    const blockVal = "block";
    pending.push(() => blockVal + " " + counter);
  }
  await null;
  param = "changed";
  await null;
  return counter;
}
const p = f("initial");
print(pending.map((fn) => fn()).join("; "));
Promise.resolve().then(() => print(pending.map((fn) => fn()).join("; ")));
p.then((v) => {
  print("returned counter " + v);
  print(pending.map((fn) => fn()).join("; "));
});
