// A generator or async function with a parameter or local named like itself: it still
// inherits from its kind's prototype, its generator objects from its own `prototype`, and
// `new` on it throws (the lowered wrapper refers to the function by that name: issue 11,
// item 6).
function* byParam(byParam) { yield byParam; }
function* byLocal() { var byLocal = 2; yield byLocal; }
var byExpression = function* inner(inner) { yield inner; };
async function asyncByParam(asyncByParam) { return asyncByParam; }
async function asyncByLocal() { let asyncByLocal = 4; return asyncByLocal; }
var asyncExpression = async function asyncInner(asyncInner) { return asyncInner; };
async function* asyncGenByParam(asyncGenByParam) { yield asyncGenByParam; }
var GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
var AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
[byParam, byLocal, byExpression].forEach(function (g) {
  var it = g(1);
  print(g.name, Object.getPrototypeOf(g) === GeneratorFunctionPrototype, Object.getPrototypeOf(it) === g.prototype, it.next().value);
});
print(asyncGenByParam.name, Object.getPrototypeOf(asyncGenByParam(5)) === asyncGenByParam.prototype);
[asyncByParam, asyncByLocal, asyncExpression].forEach(function (f) {
  print(f.name, Object.getPrototypeOf(f) === AsyncFunctionPrototype);
  try {
    new f(3);
    print(f.name, "constructed (wrong)");
  } catch (e) {
    print(f.name, "new", e.constructor.name);
  }
  f(3).then(function (v) { print(f.name, "resolves", v); });
});
