// Replacing gen.prototype changes the prototype of generators created afterwards; when it is
// not an object, new generators fall back to %GeneratorPrototype%.
function* gen() { yield "v"; }
const GeneratorPrototype = Object.getPrototypeOf(gen.prototype);
const custom = Object.create(GeneratorPrototype);
custom.extra = function () { return "extra method"; };
gen.prototype = custom;
const g = gen();
print("custom proto", Object.getPrototypeOf(g) === custom, g.extra(), g.next().value);
gen.prototype = 42;
const h = gen();
print("fallback", Object.getPrototypeOf(h) === GeneratorPrototype, h.next().value);
