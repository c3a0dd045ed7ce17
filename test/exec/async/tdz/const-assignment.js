// Async functions and async generators: assigning a const rejects with a TypeError after the
// right side ran; across an await the const keeps its value.
async function f() {
  const c = await 1;
  c = (print("right side runs"), 2);
}
async function* g() {
  const d = yield 1;
  await null;
  try { d += 1; } catch (e) { print("async generator:", e.constructor.name, d); }
}
f().then(() => print("no error"), (e) => print("const:", e.constructor.name));
const it = g();
it.next().then(() => it.next("sent")).then((r) => print("done", r.done));
