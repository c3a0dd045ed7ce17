// Yields in every part of try/catch/finally; the error caught is the one thrown after a
// resumption, and finally runs once on each path.
function* gen(mode) {
  try {
    const v = yield "try 1";
    if (v === "throw") throw new RangeError("from try");
    yield "try 2";
  } catch (e) {
    print("caught", e.constructor.name, e.message);
    yield "catch " + (yield "catch inner");
  } finally {
    print("finally start", mode);
    yield "finally";
    print("finally end", mode);
  }
  return "after " + mode;
}
for (const mode of ["normal", "throw", "it.throw"]) {
  const it = gen(mode);
  let r = it.next();
  let first = true;
  while (!r.done) {
    print("yielded", r.value);
    if (first && mode === "throw") r = it.next("throw");
    else if (first && mode === "it.throw") r = it.throw(new TypeError("from outside"));
    else r = it.next("x");
    first = false;
  }
  print("returned", r.value);
}
