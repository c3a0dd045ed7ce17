// `arguments` in a generator: length and values across yields, arrows seeing the generator's
// arguments, and the mapping between sloppy simple parameters and arguments in both
// directions (strict functions and non-simple parameter lists are unmapped).
function* sloppy(a, b) {
  yield arguments.length;
  a = "changed a";
  yield arguments[0];
  arguments[1] = "changed via arguments";
  yield b;
  const arrow = () => arguments[2];
  yield arrow();
  yield Array.prototype.slice.call(arguments).join("|");
}
print([...sloppy(1, 2, 3)].join(", "));
function* strict(a) {
  "use strict";
  a = "changed";
  yield arguments[0];
  arguments[0] = "via arguments";
  yield a;
}
print([...strict("orig")].join(", "));
function* withDefault(a, b = 2) {
  a = "changed";
  yield arguments[0] + " " + arguments.length;
}
print([...withDefault("orig")].join(", "));
function* noArgsUse(x) {
  yield x;
  yield typeof arguments;
}
print([...noArgsUse(9)].join(", "));
