// `var` declarations are hoisted to the top of the generator: readable (undefined) before the
// declaration, one binding for all `var`s of the same name, declared in blocks and loops.
function* gen() {
  yield typeof late + " " + late;
  var late = "assigned";
  yield late;
  if (false) {
    var neverAssigned = 1;
  }
  yield "neverAssigned " + neverAssigned;
  for (var i = 0; i < 2; i++) {
    var inLoop = "loop " + i;
    yield inLoop;
  }
  yield "after loop " + i + " " + inLoop;
  var late = "redeclared";
  yield late;
}
print([...gen()].join(" | "));
