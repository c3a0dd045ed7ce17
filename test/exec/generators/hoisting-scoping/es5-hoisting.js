// @es5
// ES5 input: var and function declaration hoisting around yields.
function* gen() {
  yield typeof f + " " + typeof v;
  var v = f();
  yield v;
  function f() { return "from f"; }
  var v = "again";
  yield v;
}
var it = gen();
var parts = [];
var r;
while (!(r = it.next()).done) parts.push(r.value);
print(parts.join(" | "));
