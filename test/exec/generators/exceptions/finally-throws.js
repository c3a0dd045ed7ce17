// A finally that throws replaces the pending return, throw or .return(), and the generator is
// then completed.
function* throwsOverReturn() {
  try {
    yield 1;
    return "never seen";
  } finally {
    throw new SyntaxError("finally threw");
  }
}
function* throwsOverOutsideThrow() {
  try {
    yield 2;
  } finally {
    yield "cleanup";
    throw new EvalError("second");
  }
}
function attempt(label, fn) {
  try {
    const r = fn();
    print(label, "ok", JSON.stringify(r));
  } catch (e) {
    print(label, "threw", e.constructor.name, e.message);
  }
}
const a = throwsOverReturn();
attempt("next 1", () => a.next());
attempt("next 2", () => a.next());
attempt("after", () => a.next());
const b = throwsOverOutsideThrow();
attempt("b next", () => b.next());
attempt("b throw", () => b.throw(new Error("first")));
attempt("b next", () => b.next());
attempt("b after", () => b.next());
const c = throwsOverReturn();
c.next();
attempt("c return", () => c.return("r"));
attempt("c after", () => c.next());
