// Async functions: a closure called before the declaration ran rejects with a
// ReferenceError; the binding stays uninitialised across awaits until its declaration runs.
async function f() {
  const later = () => v;
  try { later(); } catch (e) { print("before:", e.constructor.name); }
  await null;
  try { v; } catch (e) { print("after an await:", e.constructor.name); }
  let v = await "value";
  print("declared:", later());
  return later;
}
async function g() {
  await null;
  return x;
  let x;
}
f().then((fn) => print("resolved", fn()));
g().then((v) => print("no error", v), (e) => print("g rejected:", e.constructor.name));
