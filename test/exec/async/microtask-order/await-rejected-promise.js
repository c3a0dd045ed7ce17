// `await` of a rejected promise throws into the function after exactly one tick.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function f() {
  print("f start");
  try {
    await Promise.reject(new Error("first"));
    print("unreachable");
  } catch (e) {
    print("f caught " + e.constructor.name + ": " + e.message);
  }
  try {
    await Promise.resolve().then(() => { throw new RangeError("second"); });
  } catch (e) {
    print("f caught " + e.constructor.name + ": " + e.message);
  }
  await Promise.reject(new Error("escapes"));
}
ticker(8);
f().catch((e) => print("f rejected " + e.message));
print("sync end");
