// `await` of a native, already-resolved or still-pending promise: one tick after it settles.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
async function f() {
  print("f start");
  const a = await Promise.resolve("resolved");
  print("f got " + a);
  const b = await later;
  print("f got " + b);
  const c = await Promise.resolve().then(() => "chained");
  print("f got " + c);
}
ticker(9);
f();
Promise.resolve().then(() => Promise.resolve()).then(() => { print("resolving later"); resolveLater("later"); });
print("sync end");
