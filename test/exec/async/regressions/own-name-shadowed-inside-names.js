// A generator or async function with a local named like itself: that local is renamed
// (own-name-shadowed-inside.js), and it still names the anonymous functions assigned to it as
// the source does (test262 for-await-of *-fn-name-fn).
async function named() {
  var named = function () {};
  var { named2 = function () {} } = {};
  for (var [named3 = () => {}] of [[]]) print("in loop", named3.name);
  print("names", named.name, named2.name);
}
named();
function* generatorNamed(generatorNamed = function () {}) {
  yield generatorNamed.name;
}
print("parameter default", generatorNamed().next().value);
