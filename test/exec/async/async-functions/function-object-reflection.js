// Reflection on the async function object (issue 11, item 6): every kind of async function
// inherits from one %AsyncFunction.prototype%, which inherits from Function.prototype, is
// tagged "AsyncFunction" and whose `constructor` is AsyncFunction (named so, length 1,
// inheriting from Function, whose `prototype` is that object. (Names, `new` and `prototype` of
// each kind are in function-object.js and new-throws.js: beside preset-env, arrows and methods
// become ES5 functions.)
var key = "computed";
async function declared(a, b) {}
var anonymous = async function () {};
var named = async function inner() {};
var arrow = async (p, q, r) => {};
var obj = {
  async method() {},
  async [key]() {},
  async "quoted"() {},
  async 3() {},
  arrowProperty: async () => {},
  [key + "Arrow"]: async () => {},
};
class K {
  async method() {}
  static async staticMethod() {}
  async [key]() {}
  field = async () => {};
}
var instance = new K();
var inLoop = [];
for (var i = 0; i < 2; i++) inLoop.push(async () => i);
function outer() {
  async function nested() {}
  return nested;
}
{
  async function inBlock() {}
  var fromBlock = inBlock;
}
var all = {
  declared: declared,
  anonymous: anonymous,
  named: named,
  arrow: arrow,
  method: obj.method,
  computedMethod: obj[key],
  quotedMethod: obj.quoted,
  numericMethod: obj[3],
  arrowProperty: obj.arrowProperty,
  computedArrow: obj[key + "Arrow"],
  classMethod: K.prototype.method,
  staticMethod: K.staticMethod,
  computedClassMethod: K.prototype[key],
  classField: instance.field,
  loop0: inLoop[0],
  loop1: inLoop[1],
  nested: outer(),
  nestedAgain: outer(),
  inBlock: fromBlock,
};

var AsyncFunctionPrototype = Object.getPrototypeOf(declared);
var AsyncFunction = AsyncFunctionPrototype.constructor;
print("proto is not Function.prototype", AsyncFunctionPrototype !== Function.prototype);
print("proto inherits from Function.prototype", Object.getPrototypeOf(AsyncFunctionPrototype) === Function.prototype);
print("proto typeof", typeof AsyncFunctionPrototype);
print("proto own length/name", AsyncFunctionPrototype.hasOwnProperty("length"), AsyncFunctionPrototype.hasOwnProperty("name"));
print("proto has prototype", AsyncFunctionPrototype.hasOwnProperty("prototype"));
print("toStringTag", AsyncFunctionPrototype[Symbol.toStringTag], Object.prototype.toString.call(declared));
var tag = Object.getOwnPropertyDescriptor(AsyncFunctionPrototype, Symbol.toStringTag);
print("toStringTag descriptor", tag.writable, tag.enumerable, tag.configurable);
var c = Object.getOwnPropertyDescriptor(AsyncFunctionPrototype, "constructor");
print("constructor descriptor", c.writable, c.enumerable, c.configurable);
print("AsyncFunction", typeof AsyncFunction, AsyncFunction.name, AsyncFunction.length);
print("AsyncFunction links", AsyncFunction.prototype === AsyncFunctionPrototype, Object.getPrototypeOf(AsyncFunction) === Function);
var p = Object.getOwnPropertyDescriptor(AsyncFunction, "prototype");
print("AsyncFunction.prototype descriptor", p.writable, p.enumerable, p.configurable);
print("not the generator ones",
  AsyncFunctionPrototype !== Object.getPrototypeOf(function* () {}),
  AsyncFunctionPrototype !== Object.getPrototypeOf(async function* () {}));
try {
  AsyncFunctionPrototype();
  print("proto called (wrong)");
} catch (e) {
  print("proto not callable", e.constructor.name);
}

Object.keys(all).forEach(function (name) {
  var fn = all[name];
  print(name, Object.getPrototypeOf(fn) === AsyncFunctionPrototype, fn instanceof AsyncFunction, fn instanceof Function, fn.constructor === AsyncFunction);
});
print("still callable", typeof inLoop[1](), declared() instanceof Promise);
