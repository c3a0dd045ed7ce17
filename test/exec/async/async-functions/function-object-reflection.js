// @skip ES5 limit (README "What ES5 cannot express"): lowered async functions are ES5 functions: they keep a prototype property and inherit from Function.prototype
// Reflection on the async function object: no `prototype` property, not a constructor, and
// its [[Prototype]] is AsyncFunction.prototype, shared by all async functions.
async function named(a, b) {}
const arrow = async () => {};
const obj = { async method() {} };
print("has prototype " + ("prototype" in named) + " " + ("prototype" in arrow) + " " + ("prototype" in obj.method));
try {
  new named();
  print("constructed (wrong)");
} catch (e) {
  print("new throws " + e.constructor.name);
}
const AsyncFunctionPrototype = Object.getPrototypeOf(named);
print("shared proto " + (Object.getPrototypeOf(arrow) === AsyncFunctionPrototype) + " " + (Object.getPrototypeOf(obj.method) === AsyncFunctionPrototype));
print("proto is not Function.prototype " + (AsyncFunctionPrototype !== Function.prototype));
print("toStringTag " + Object.prototype.toString.call(named));
