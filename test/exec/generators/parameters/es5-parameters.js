// @es5
// ES5 input: parameters read after yields, parameters reassigned, fewer arguments than
// parameters.
function* gen(a, b, c) {
  yield a;
  a = a * 2;
  yield a + b;
  yield typeof c;
}
var it = gen(3, 4);
var out = [];
for (var r = it.next(); !r.done; r = it.next()) out.push(r.value);
print(out.join(","));
