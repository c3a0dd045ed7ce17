// A function made by calling %GeneratorFunction% (%AsyncGeneratorFunction%) makes generator
// objects that inherit from that constructor's `prototype.prototype` (the spec links the two),
// and next/return/throw of that prototype drive them. In a lowered program the function is
// compiled with the engine's own generators, so the lowered prototype's methods must hand such
// objects to the engine's; other receivers still get a TypeError.
var GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
var made = GeneratorFunction("a", "try { yield a; yield a + 1; } finally { print('finally'); }");
print("linked", Object.getPrototypeOf(made.prototype) === Object.getPrototypeOf(made).prototype);
var d = Object.getOwnPropertyDescriptor(made, "prototype");
print("prototype property", typeof d.value, d.writable, d.enumerable, d.configurable);
var it = made(1);
print("inherits", Object.getPrototypeOf(Object.getPrototypeOf(it)) === GeneratorFunction.prototype.prototype);
print("next", JSON.stringify(it.next()), JSON.stringify(it.next()));
print("return", JSON.stringify(it.return(7)), JSON.stringify(it.next()));
var thrower = made(3);
thrower.next();
try { thrower.throw(new RangeError("in")); } catch (e) { print("throw", e.constructor.name, e.message); }
var spread = [];
for (var x of made(10)) spread.push(x);
print("for-of", spread.join(","));
try { GeneratorFunction.prototype.prototype.next.call({}); } catch (e) { print("plain object", e.constructor.name); }

var AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
var madeAsync = AsyncGeneratorFunction("v", "yield await v; return 'end';");
print("async linked", Object.getPrototypeOf(madeAsync.prototype) === Object.getPrototypeOf(madeAsync).prototype);
var ait = madeAsync(Promise.resolve(4));
ait.next().then(function (r) {
  print("async next", r.value, r.done);
  return ait.next();
}).then(function (r) {
  print("async end", r.value, r.done);
  return AsyncGeneratorFunction.prototype.prototype.next.call({});
}).then(null, function (e) {
  print("async plain object", e.constructor.name);
});
