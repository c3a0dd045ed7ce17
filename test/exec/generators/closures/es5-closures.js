// @es5
// ES5 input: function-scoped var captured by function expressions across yields (all share
// one binding), and an IIFE per iteration to get one binding each.
function* gen() {
  var shared = [];
  var own = [];
  for (var i = 0; i < 3; i++) {
    shared.push(function () { return i; });
    own.push((function (j) { return function () { return j; }; })(i));
    yield i;
  }
  var read = function (list) {
    var out = [];
    for (var k = 0; k < list.length; k++) out.push(list[k]());
    return out.join(",");
  };
  yield read(shared) + " / " + read(own);
}
var it = gen();
var r;
while (!(r = it.next()).done) print(r.value);
