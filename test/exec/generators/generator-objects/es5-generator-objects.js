// @es5
// ES5 input: the generator object checks with ES5 syntax only.
function* gen() { yield 1; }
var g = gen();
print(Object.prototype.toString.call(g) === "[object Generator]");
print(Object.getPrototypeOf(g) === gen.prototype);
print(Object.keys(g).length === 0);
print(g instanceof gen);
print(typeof g.next, typeof g["return"], typeof g["throw"]);
try {
  new gen();
  print("no error");
} catch (e) {
  print(e instanceof TypeError);
}
