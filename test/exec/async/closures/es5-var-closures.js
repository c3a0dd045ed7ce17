// @es5
// ES5 input plus async functions: `var` is function-scoped, so closures made in a loop across
// awaits all see the final value, while an IIFE per iteration keeps each one.
async function f() {
  var shared = [];
  var own = [];
  for (var i = 0; i < 3; i++) {
    shared.push(function () {
      return i;
    });
    own.push((function (j) {
      return function () {
        return j;
      };
    })(i));
    await null;
  }
  var read = function (fns) {
    var out = [];
    for (var k = 0; k < fns.length; k++) out.push(fns[k]());
    return out.join(",");
  };
  print("shared " + read(shared));
  print("own " + read(own));
  i = 10;
  await null;
  print("shared after write " + read(shared));
}
f();
