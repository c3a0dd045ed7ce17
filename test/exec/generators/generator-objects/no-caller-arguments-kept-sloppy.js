// Where a lowered function's wrapper must stay sloppy, its body behaves as natively; only the
// own `caller` and `arguments` differ from native (README, known gaps), so this program
// prints behaviour, not those properties: a body that uses `arguments` (mapped to the
// parameters, `callee` the function), a generator with defaults, a named expression whose body
// assigns its own name (ignored in sloppy code), duplicate or strict-reserved parameter names.
function* usesArguments(a) {
  arguments[0] = "changed";
  yield a;
  yield arguments.callee === usesArguments;
  a = "again";
  yield arguments[0];
}
print("arguments", [...usesArguments("first")].join(","));

function* withDefaults(a, b = a + 1) {
  yield this === globalThis;
  yield b;
}
print("defaults", [...withDefaults(1)].join(","), withDefaults.length);

var rebinding = function* selfName() {
  selfName = 42;
  yield typeof selfName;
};
print("own-name assignment ignored", rebinding().next().value);

function* duplicate(a, a) {
  yield a;
}
print("duplicate parameters", duplicate(1, 2).next().value);

function* reserved(interface, eval) {
  yield interface + eval;
}
print("strict-reserved parameter names", reserved(1, 2).next().value);

async function asyncArguments(a) {
  arguments[0] = 5;
  await null;
  return a + arguments.length;
}
asyncArguments(1, 2).then(function (v) {
  print("async arguments", v);
});
