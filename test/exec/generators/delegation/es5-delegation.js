// @es5
// ES5 input: yield* with values flowing in both directions and a return value.
function* take(n) {
  var got = [];
  for (var i = 0; i < n; i++) got.push(yield "need " + (n - i));
  return got.join("+");
}
function* main() {
  var a = yield* take(2);
  var b = yield* take(1);
  return a + " / " + b;
}
var it = main();
var r = it.next();
var k = 0;
while (!r.done) {
  print(r.value);
  r = it.next("x" + k++);
}
print(r.value);
