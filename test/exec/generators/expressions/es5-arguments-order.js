// @es5
// ES5 input: argument evaluation order, nested calls and member receivers across yields.
var log = [];
function note(label, value) { log.push(label); return value; }
var calc = {
  base: 100,
  add: function (a, b) { log.push("add"); return this.base + a + b; }
};
var gen = function* () {
  var r = calc.add(note("first", 1), (yield "y1") + note("third", 3));
  print("r", r);
  var list = [note("e0", 0), yield "y2", note("e2", 2)];
  print("list", list.join(","));
  var o = { a: note("oa", "A"), b: yield "y3" };
  print("o", o.a, o.b);
};
var it = gen();
var res = it.next();
var n = 0;
while (!res.done) {
  log.push("yielded " + res.value);
  res = it.next(++n);
}
print(log.join(","));
