// Calling next/throw/return on a generator from inside its own body throws a TypeError at the
// call site (the generator is running); the generator itself is unaffected and continues.
let it;
function attempt(label, fn) {
  try {
    fn();
    print(label, "no error");
  } catch (e) {
    print(label, e.constructor.name, e instanceof TypeError);
  }
}
function* gen() {
  attempt("next", () => it.next());
  attempt("throw", () => it.throw(new Error("x")));
  attempt("return", () => it.return(1));
  yield "still fine";
  attempt("next again", () => it.next());
  return "end";
}
it = gen();
print(JSON.stringify(it.next()));
print(JSON.stringify(it.next()));
print(JSON.stringify(it.next()));
function* escapes() {
  try {
    self.next();
  } catch (e) {
    print("caught inside", e.constructor.name);
    throw e;
  }
}
const self = escapes();
try {
  self.next();
} catch (e) {
  print("escaped", e.constructor.name);
}
print(JSON.stringify(self.next()));
