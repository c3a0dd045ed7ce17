// `new` on any async function throws a TypeError: declarations, named and anonymous
// expressions, arrows, methods, and generators of both kinds (issue 11, item 6).
async function declared() {}
var anonymous = async function () {};
var named = async function inner() {};
var arrow = async () => {};
var key = "computed";
var obj = { async method() {}, async *gen() {}, async [key]() {}, property: async () => {} };
class K {
  async method() {}
  static async staticMethod() {}
  field = async () => {};
}
function* generator() {}
var anonymousGenerator = function* () {};
async function* asyncGenerator() {}
var all = {
  declared: declared, anonymous: anonymous, named: named, arrow: arrow, method: obj.method, gen: obj.gen,
  computedMethod: obj[key], arrowProperty: obj.property, classMethod: K.prototype.method, staticMethod: K.staticMethod,
  classField: new K().field, generator: generator, anonymousGenerator: anonymousGenerator, asyncGenerator: asyncGenerator,
};
Object.keys(all).forEach(function (key) {
  try {
    new all[key]();
    print(key, "constructed");
  } catch (e) {
    print(key, e.constructor.name);
  }
});
print("names", anonymous.name, named.name, arrow.name);
print("no prototype", "prototype" in arrow, "prototype" in obj.method, "prototype" in K.staticMethod, "prototype" in all.classField);
var made = [];
for (var i = 0; i < 2; i++) made.push(async function () { return i; });
try {
  new made[0]();
  print("first of a loop constructed");
} catch (e) {
  print("first of a loop", e.constructor.name);
}
made[1]().then(function (v) { print("still callable", v); });
