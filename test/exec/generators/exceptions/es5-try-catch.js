// @es5
// ES5 input: try/catch/finally with yields, a finally that returns, it.throw into a catch.
function* gen() {
  var log = [];
  try {
    log.push("try");
    yield "a";
    log.push("after a");
  } catch (err) {
    log.push("catch " + err.message);
    yield "in catch";
  } finally {
    log.push("finally");
    yield log.join(",");
  }
  try {
    yield "b";
  } finally {
    return "finally return";
  }
}
var it = gen();
print(it.next().value);
print(it.throw(new Error("boom")).value);
print(it.next().value);
print(it.next().value);
var last = it.next();
print(last.value, last.done);
