// Sloppy async functions: no own `caller`/`arguments` (the wrapper is strict), with the body's
// sloppy `this`, and an unmapped `arguments` where the parameter list is not simple (natively
// unmapped too, with a `callee` that throws).
function own(f) {
  return [f.hasOwnProperty("caller"), f.hasOwnProperty("arguments")].join("/");
}
async function declared(x) {
  await null;
  return [this === globalThis, typeof this, x].join(",");
}
print("declaration", own(declared), declared.length);
var expression = async function named(n) {
  return n > 0 ? named(n - 1) : "bottom";
};
var anonymous = async function (a, b = 2, ...rest) {
  var calleeThrows;
  try {
    arguments.callee;
    calleeThrows = false;
  } catch (e) {
    calleeThrows = e instanceof TypeError;
  }
  arguments[0] = "changed";
  await null;
  return [a, b, rest.length, arguments.length, calleeThrows].join(",");
};
print("expressions", own(expression), own(anonymous), anonymous.length, anonymous.name);
declared(1).then(function (v) { print("bare call", v); });
declared.call(true, 2).then(function (v) { print("boolean receiver", v); });
expression(3).then(function (v) { print("named recursion", v); });
anonymous("a").then(function (v) { print("non-simple parameters", v); });
