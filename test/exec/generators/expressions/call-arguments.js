// Yields inside call arguments: the callee and the arguments before the yield are evaluated
// first and kept; the ones after are evaluated after resumption.
var log = [];
function note(label, value) { log.push(label); return value; }
function sum(a, b, c) { return a + b + c; }
function* gen() {
  var r = note("callee", sum)(note("a", 1), yield "first", note("c", 3));
  print("result", r);
  print("log", log.join(","));
}
var it = gen();
print(JSON.stringify(it.next()));
log.push("resume");
print(JSON.stringify(it.next(20)));
