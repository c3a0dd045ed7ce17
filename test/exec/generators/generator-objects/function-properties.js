// The generator function itself: typeof, name, length (parameters before the first default or
// rest), its own prototype property, and a shared %GeneratorFunction.prototype%.
function* gen(a, b, c = 1, ...rest) {}
const anon = function* () {};
const named = function* inner() {};
const obj = { *method(x) {} };
print(typeof gen, gen.name, gen.length);
print(anon.name, anon.length, named.name);
print(obj.method.name, obj.method.length);
const GeneratorFunctionPrototype = Object.getPrototypeOf(gen);
print("shared", Object.getPrototypeOf(anon) === GeneratorFunctionPrototype, Object.getPrototypeOf(obj.method) === GeneratorFunctionPrototype);
print("not Function.prototype", GeneratorFunctionPrototype !== Function.prototype);
print("GeneratorFunction.prototype.prototype", GeneratorFunctionPrototype.prototype === Object.getPrototypeOf(gen.prototype));
print("own prototype", Object.prototype.hasOwnProperty.call(gen, "prototype"), typeof gen.prototype);
print("prototype not writable-enumerable", Object.getOwnPropertyDescriptor(gen, "prototype").enumerable);
