// Calling the AsyncFunction that lowered async functions reach (issue 11, item 6) compiles
// source text into an async function, with or without `new` (in a lowered program, with the
// engine's own async functions: code made at run time is not lowered). The function made
// inherits from AsyncFunction.prototype, has the parameters given, is not a constructor, and
// returns a promise.
async function witness() {}
var AsyncFunction = Object.getPrototypeOf(witness).constructor;
var one = AsyncFunction("a", "return await a;");
var two = new AsyncFunction("a,b", "return a + b;");
var three = AsyncFunction("a", "b", "c", "return [a, b, c].join('');");
var none = AsyncFunction();
print("lengths", one.length, two.length, three.length, none.length);
print("names", one.name, two.name);
print("protos", Object.getPrototypeOf(one) === AsyncFunction.prototype, Object.getPrototypeOf(two) === Object.getPrototypeOf(witness));
print("instanceof", one instanceof AsyncFunction, three instanceof Function);
print("tag", Object.prototype.toString.call(one));
try {
  new one();
  print("constructed (wrong)");
} catch (e) {
  print("new", e.constructor.name);
}
try {
  AsyncFunction("await", "");
  print("compiled a bad parameter (wrong)");
} catch (e) {
  print("bad source", e.constructor.name);
}
print("returns a promise", none() instanceof Promise);
one(5).then(function (v) { print("one", v); });
two(1, 2).then(function (v) { print("two", v); });
three(1, 2, 3).then(function (v) { print("three", v); });
