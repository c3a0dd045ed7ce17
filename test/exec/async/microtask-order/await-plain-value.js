// `await` of a non-promise value costs exactly one tick, every time.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function f() {
  print("f start");
  const a = await 1;
  print("f after await 1: " + a);
  const b = await undefined;
  print("f after await undefined: " + b);
  const c = await { x: 3 };
  print("f after await object: " + c.x);
  return "done";
}
ticker(6);
f().then((v) => print("f resolved " + v));
print("sync end");
