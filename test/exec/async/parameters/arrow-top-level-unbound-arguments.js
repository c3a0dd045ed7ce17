// At the top level of a script `arguments` inside an async arrow is a free name, read when the
// code reaches it: here unbound, so the promise rejects with a ReferenceError (the call does
// not throw), and `typeof arguments` is "undefined".
const g = async (a = 1) => typeof arguments;
let p;
try {
  p = g();
  print("call returned");
} catch (e) {
  print("call threw", e.constructor.name);
}
if (p) p.then((v) => print("resolved", v), (e) => print("rejected", e.constructor.name));
const h = async (a = arguments) => a;
h().then((v) => print("resolved", v), (e) => print("default rejected", e.constructor.name));
const k = async (a = typeof arguments) => [a, typeof arguments];
k().then((v) => print("typeof", v.join(",")));
const m = async (a, b = 0) => {
  await null;
  return arguments.length;
};
m().then((v) => print("resolved", v), (e) => print("body rejected", e.constructor.name));
