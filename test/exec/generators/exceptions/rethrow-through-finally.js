// An error rethrown from catch passes through a finally that yields and reaches the caller
// after the finally completes; errors thrown by callees inside expressions with yields.
function fail(msg) { throw new TypeError(msg); }
function* gen() {
  try {
    try {
      const x = (yield "start") + fail("callee failed");
      print("never", x);
    } catch (e) {
      print("inner caught", e.message);
      throw new RangeError("rethrown: " + e.message);
    } finally {
      print("inner finally", yield "inner finally");
    }
  } finally {
    yield "outer finally";
  }
}
const it = gen();
try {
  let r = it.next();
  while (!r.done) {
    print("yielded", r.value);
    r = it.next(r.value);
  }
} catch (e) {
  print("caller caught", e.constructor.name, e.message);
}
print("done", JSON.stringify(it.next()));
