// Indirect eval is not refused: it runs in the global scope and cannot see the generator's
// locals, so lowering does not change what it sees.
var probe = "global probe";
function* gen() {
  const probe = "local probe";
  const indirect = eval;
  yield (0, eval)("typeof probe === 'string' ? probe : 'none'");
  yield indirect("probe");
  yield probe;
}
print([...gen()].join(" | "));
