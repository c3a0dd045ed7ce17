// Async arrows, async methods and async function expressions tick exactly like declarations.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
const arrow = async (x) => { await x; print("arrow " + x); return x; };
const concise = async (x) => print("concise " + (await x));
const obj = { async method(x) { await null; await null; print("method " + x); } };
const expr = async function named(x) { print("expr " + (await Promise.resolve(x))); };
class C { async m() { await undefined; print("class method"); } }
ticker(4);
arrow(1).then((v) => print("arrow resolved " + v));
concise(2);
obj.method(3);
expr(4);
new C().m();
print("sync end");
