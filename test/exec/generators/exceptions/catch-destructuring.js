// Catch parameters that destructure the error, with defaults that yield, and a catch
// parameter shadowing an outer binding of the same name.
function* gen() {
  const message = "outer message";
  try {
    throw { message: "inner", code: undefined, extra: [1, 2] };
  } catch ({ message, code = yield "default code", extra: [first, ...rest] }) {
    print("destructured", message, code, first, rest);
    yield "in catch";
  }
  print("after", message);
  try {
    yield "before throw";
  } catch ([a, b = yield "default b"]) {
    print("array", a, b);
  }
  try {
    throw new Error("unbound");
  } catch {
    print("optional binding", yield "no binding");
  }
}
const it = gen();
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  r = r.value === "before throw" ? it.throw(["A"]) : it.next(r.value.toUpperCase());
}
