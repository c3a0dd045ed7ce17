// return() runs finally blocks; a finally that yields suspends the return (done: false), and
// the pending return value comes out once the finally completes. A throw() during that
// finally replaces the return.
function* gen(label) {
  try {
    try {
      yield label + " body";
    } finally {
      print(label, "inner finally");
      const got = yield label + " inner finally yield";
      print(label, "inner finally got", got);
    }
  } finally {
    print(label, "outer finally");
  }
  print(label, "never after");
}
const a = gen("a");
print(JSON.stringify(a.next()));
print(JSON.stringify(a.return("R")));
print(JSON.stringify(a.next("G")));
print(JSON.stringify(a.next()));
const b = gen("b");
b.next();
print(JSON.stringify(b.return("R")));
try {
  b.throw(new Error("during finally"));
} catch (e) {
  print("b threw", e.message);
}
print(JSON.stringify(b.next()));
const c = gen("c");
c.next();
print(JSON.stringify(c.return("R1")));
print(JSON.stringify(c.return("R2")));
