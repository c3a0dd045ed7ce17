// A throwing default-parameter initializer rejects the returned promise instead of throwing;
// initializers run synchronously at call time, left to right.
function dflt(name) {
  print("evaluating default " + name);
  return name;
}
function fail() {
  throw new Error("default failed");
}
async function f(a = dflt("a"), b = fail(), c = dflt("c")) {
  print("body (unreachable)");
}
async function g(a = dflt("a"), { x = dflt("x") } = {}, ...rest) {
  print("g body " + a + " " + x + " " + rest.length);
  await null;
  return a + x;
}
let p;
try {
  p = f();
  print("f returned " + (p instanceof Promise));
} catch (e) {
  print("f threw synchronously (wrong)");
}
p.catch((e) => print("f rejected " + e.constructor.name + ": " + e.message));
g(undefined, undefined, 1, 2).then((v) => print("g resolved " + v));
print("sync end");
