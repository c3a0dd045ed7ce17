// Objects and classes with async methods are marked after they are made (issue 11, item 6):
// what the wrapping must keep: `super` in the methods, the class's own binding, the order in
// which computed keys and static fields run, getters and setters beside the methods, and a
// container made anew per evaluation.
var AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
print("a prototype of its own", AsyncFunctionPrototype !== Function.prototype);
var log = [];
function key(name) { log.push("key " + name); return name; }
var base = { greet: function () { return "base"; } };
var obj = {
  __proto__: base,
  async greet() { return "child of " + super.greet(); },
  get size() { return 3; },
  async [key("a")]() { return this.size; },
  async *[key("b")]() { yield 1; },
};
print("keys in order", log.join(", "));
log = [];
class Base {
  hello() { return "Base"; }
}
class Derived extends Base {
  static made = key("static field");
  async hello() { return "Derived over " + super.hello(); }
  static async make() { return new Derived(); }
  async self() { return Derived === this.constructor; }
  set value(v) { log.push("set " + v); }
  async [key("c")]() { return "c"; }
}
print("class keys in order", log.join(", "));
print("marked", Object.getPrototypeOf(obj.greet) === AsyncFunctionPrototype, Object.getPrototypeOf(obj.a) === AsyncFunctionPrototype,
  Object.getPrototypeOf(Derived.prototype.hello) === AsyncFunctionPrototype, Object.getPrototypeOf(Derived.make) === AsyncFunctionPrototype,
  Object.getPrototypeOf(Derived.prototype.c) === AsyncFunctionPrototype);
print("generator method beside them", Object.getPrototypeOf(obj.b) === Object.getPrototypeOf(async function* () {}));
print("accessors untouched", Object.getPrototypeOf(Object.getOwnPropertyDescriptor(obj, "size").get) === Function.prototype);
function make() { return { async m() { return 1; } }; }
var first = make();
var second = make();
print("fresh per evaluation", first.m !== second.m, Object.getPrototypeOf(second.m) === AsyncFunctionPrototype);
obj.greet().then(function (v) { print("super", v); });
obj.a().then(function (v) { print("this", v); });
Derived.make().then(function (d) {
  d.value = 4;
  print("setter", log[log.length - 1]);
  return d.hello().then(function (v) {
    print("class super", v);
    return d.self();
  });
}).then(function (v) { print("own binding", v); });
