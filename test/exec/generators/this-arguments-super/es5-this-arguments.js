// @es5
// ES5 input: a generator method assigned on an object, called with call/apply; `this` and
// `arguments` read after yields.
var obj = { base: 10 };
obj.gen = function* () {
  var first = yield this.base;
  yield arguments.length + ":" + arguments[0];
  yield this.base + first;
};
var it = obj.gen("a", "b");
print(it.next().value);
print(it.next(5).value);
print(it.next().value);
var it2 = obj.gen.apply({ base: 100 }, [1]);
print(it2.next().value, it2.next(1).value, it2.next().value);
