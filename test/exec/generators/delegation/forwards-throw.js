// throw() on the outer generator is forwarded to the inner one: caught there it continues;
// not caught it propagates out of yield* into the outer generator's own try.
function* inner() {
  try {
    yield "inner 1";
  } catch (e) {
    print("inner caught", e.message);
    yield "inner recovered";
  }
  yield "inner 2";
  print("inner not reached");
}
function* outer() {
  try {
    yield* inner();
  } catch (e) {
    print("outer caught", e.message);
    yield "outer recovered";
  }
  return "end";
}
const it = outer();
print(JSON.stringify(it.next()));
print(JSON.stringify(it.throw(new Error("first"))));
print(JSON.stringify(it.next()));
print(JSON.stringify(it.throw(new Error("second"))));
print(JSON.stringify(it.next()));
