// Destructuring a bad argument in the parameter list rejects; it does not throw.
async function f({ a }, [b]) {
  print("body (unreachable)");
}
async function g({ a }, [b] = ["dflt"]) {
  await null;
  print("g " + a + " " + b);
}
const p1 = f(null, []);
print("f(null) returned a promise: " + (p1 instanceof Promise));
p1.catch((e) => print("f(null) rejected " + e.constructor.name));
const p2 = f({ a: 1 }, 5);
p2.catch((e) => print("f(obj, 5) rejected " + e.constructor.name));
g({ a: "A" });
print("sync end");
