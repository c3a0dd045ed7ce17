// Generator objects look native: tag, prototype chain, self-iterator, %IteratorPrototype%,
// no own enumerable keys, not constructible.
function* gen() { yield 1; }
function* other() { yield 2; }
const obj = { *method() {} };
class K { *m() {} static *s() {} }
const g = gen();
const GeneratorPrototype = Object.getPrototypeOf(gen.prototype);
print("tag", Object.prototype.toString.call(g) === "[object Generator]");
print("proto is gen.prototype", Object.getPrototypeOf(g) === gen.prototype);
print("shared %GeneratorPrototype%",
  Object.getPrototypeOf(other.prototype) === GeneratorPrototype,
  Object.getPrototypeOf(obj.method.prototype) === GeneratorPrototype,
  Object.getPrototypeOf(K.prototype.m.prototype) === GeneratorPrototype,
  Object.getPrototypeOf(K.s.prototype) === GeneratorPrototype);
print("self iterator", g[Symbol.iterator]() === g);
const IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
print("iterator prototype", Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(g))) === IteratorPrototype,
  typeof IteratorPrototype[Symbol.iterator] === "function");
print("the realm's %IteratorPrototype%", IteratorPrototype === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
// Only enumerable keys are checked: a runtime may keep its state in a non-enumerable own
// property (the alternative, a WeakMap lookup per resumption, costs speed for little).
print("no own enumerable keys", Object.keys(g).length === 0, JSON.stringify(g) === "{}");
print("instanceof", g instanceof gen, g instanceof other);
print("next inherited", !Object.prototype.hasOwnProperty.call(g, "next"), g.next === other().next);
print("fresh prototype per function", gen.prototype !== other.prototype, Object.keys(gen.prototype).length === 0);
try {
  new gen();
  print("new gen() did not throw");
} catch (e) {
  print("new gen()", e instanceof TypeError);
}
try {
  new obj.method();
  print("new method did not throw");
} catch (e) {
  print("new method", e instanceof TypeError);
}
