// @es5
// ES5 input plus async functions: awaits of values, promises and thenables against a ticker.
function ticker(n) {
  var p = Promise.resolve();
  function step(i) {
    return function () {
      print("tick " + i);
    };
  }
  for (var i = 1; i <= n; i++) p = p.then(step(i));
}
var thenable = {
  then: function (resolve) {
    print("thenable.then");
    resolve("from thenable");
  }
};
async function f() {
  print("f start");
  var a = await 1;
  print("a " + a);
  var b = await Promise.resolve("b");
  print("b " + b);
  var c = await thenable;
  print("c " + c);
  return Promise.resolve("returned promise");
}
ticker(9);
f().then(function (v) {
  print("f resolved " + v);
});
print("sync end");
