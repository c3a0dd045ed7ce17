// Instances inherit from f.prototype, whose prototype is shared by every async generator
// function (declarations, expressions, methods) and carries next/return/throw.
async function* a() {}
const b = async function* () {};
const obj = { async *m() {} };
class K {
  static async *s() {}
}
const ga = a();
print("instance proto is f.prototype " + (Object.getPrototypeOf(ga) === a.prototype));
print("f.prototype own names " + Object.getOwnPropertyNames(a.prototype).length);
const shared = Object.getPrototypeOf(a.prototype);
print("shared with expression " + (shared === Object.getPrototypeOf(b.prototype)));
print("shared with method " + (shared === Object.getPrototypeOf(obj.m.prototype)));
print("shared with static method " + (shared === Object.getPrototypeOf(K.s.prototype)));
print("methods on shared " + ["next", "return", "throw"].map((k) => typeof shared[k]).join(","));
print("instances differ " + (a() !== a()));
a.prototype.extra = function () {
  return "extra from f.prototype";
};
print(a().extra());
