// @refuse eval
// Direct eval in a plain function nested inside an async function reaches the async
// function's locals through the scope chain (by name, at run time), so it is refused like a
// direct eval in the async body itself. Natively this prints "captured value / changed".
async function f() {
  let captured = "captured value";
  await null;
  function inner(code) {
    return eval(code);
  }
  const r = inner("captured");
  await null;
  captured = "changed";
  return r + " / " + inner("captured");
}
f().then((v) => print(v), (e) => print("rejected " + e.constructor.name));
