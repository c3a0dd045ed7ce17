// An async function that throws before its first await still returns a promise; the
// caller's code keeps running and the rejection is observed later.
async function boom(x) {
  print("boom body runs synchronously with " + x);
  if (x) throw new TypeError("early " + x);
  await null;
  return "late";
}
let p;
try {
  p = boom(1);
  print("no synchronous throw");
} catch (e) {
  print("synchronous throw (wrong)");
}
print("is promise: " + (p instanceof Promise));
p.then(
  () => print("resolved (wrong)"),
  (e) => print("rejected " + e.constructor.name + ": " + e.message)
);
boom(0).then((v) => print("resolved " + v));
print("sync end");
