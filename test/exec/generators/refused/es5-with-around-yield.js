// @es5
// @refuse with
// ES5 input: a yield inside a `with` block.
var gen = function* (o) {
  with (o) {
    var got = yield a;
    b = got;
  }
  yield o.b;
};
var it = gen({ a: 1, b: 0 });
print(it.next().value, it.next(5).value);
