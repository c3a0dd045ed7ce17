// %GeneratorFunction% and %AsyncGeneratorFunction%: the `constructor` of the prototype
// generator functions inherit from is a function of that name, length 1, inheriting from
// Function, whose `prototype` is that object (not writable, not configurable); the methods of
// the generator prototypes are named next/return/throw with length 1 (issue 11, item 6).
// Calling them compiles source text into a function of that kind (in a lowered program, with the
// engine's own generators: code made at run time is not lowered).
function describe(label, fn) {
  var proto = Object.getPrototypeOf(fn);
  var C = proto.constructor;
  print(label, typeof C, C.name, C.length, C.prototype === proto, Object.getPrototypeOf(C) === Function);
  var d = Object.getOwnPropertyDescriptor(C, "prototype");
  print(label, "C.prototype", d.writable, d.enumerable, d.configurable);
  var c = Object.getOwnPropertyDescriptor(proto, "constructor");
  print(label, "proto.constructor", c.writable, c.enumerable, c.configurable);
  print(label, "proto is not Function.prototype", proto !== Function.prototype, Object.getPrototypeOf(proto) === Function.prototype);
  print(label, "instanceof", fn instanceof C, fn instanceof Function);
  var instances = Object.getPrototypeOf(fn.prototype);
  ["next", "return", "throw"].forEach(function (key) {
    var m = Object.getOwnPropertyDescriptor(instances, key);
    print(label, key, typeof m.value, m.value.name, m.value.length, m.writable, m.enumerable, m.configurable);
  });
}
describe("generator", function* g() {});
describe("method", { *m() {} }.m);
describe("async generator", async function* ag() {});

var GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
var made = GeneratorFunction("a", "b", "yield a; yield b * 2;");
print("made", made.name, made.length, Object.getPrototypeOf(made) === GeneratorFunction.prototype, made instanceof GeneratorFunction);
var it = made(1, 2);
print("runs", it.next().value, it.next().value, it.next().done);
try { GeneratorFunction("yield", ""); } catch (e) { print("bad source", e.constructor.name); }
var AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
var madeAsync = new AsyncGeneratorFunction("yield await 5;");
print("made async", madeAsync.name, Object.getPrototypeOf(madeAsync) === AsyncGeneratorFunction.prototype);
madeAsync().next().then(function (r) { print("async runs", r.value, r.done); });
