// Locals of the same name in the generator and in functions it calls or defines are separate;
// a nested function's own `var` does not touch the generator's.
var value = "global";
function* gen() {
  var value = "generator";
  function inner() {
    var value = "inner";
    return value;
  }
  yield inner();
  yield value;
  const arrow = () => { let value = "arrow"; return value; };
  yield arrow();
  yield value;
  yield globalThis.value;
}
print([...gen()].join(" | "));
