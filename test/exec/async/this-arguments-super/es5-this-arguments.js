// @es5
// ES5 input plus async functions: `this` and `arguments` of an async function expression
// used as a method, across awaits, and an inner `var self = this` closure.
var counter = {
  count: 0,
  add: async function (by) {
    var self = this;
    var n = arguments.length;
    await null;
    this.count += by;
    var later = function () {
      return self.count + " from " + n + " arguments";
    };
    await null;
    return later();
  }
};
counter.add(5, "extra").then(function (v) {
  print("add: " + v);
  return counter.add.call({ count: 100 }, 1);
}).then(function (v) {
  print("call: " + v);
});
