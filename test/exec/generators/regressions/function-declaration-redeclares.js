// A function declaration whose name is already a parameter, a `var` or another function
// declaration of the same body was left in place (Babel records it as a write of the first
// binding, not as a binding of its own) and stopped the lowering with an internal error. It is
// made at function entry, as natively; the last declaration of a name wins.
function* overParameter(a) {
  yield typeof a;
  function a() {}
}
print([...overParameter(1)].join());

function* overVar() {
  var a;
  yield typeof a;
  a = 1;
  yield typeof a;
  function a() {}
}
print([...overVar()].join());

function* twice() {
  yield a();
  function a() { return 1; }
  yield (() => a)()();
  function a() { return 2; }
}
print([...twice()].join());

function* overVarWithInit() {
  var a = 1;
  yield a;
  function a() {}
}
print([...overVarWithInit()].join());

function* capturedAndWritten(a) {
  const read = () => typeof a;
  yield read();
  a = 5;
  yield read();
  function a() {}
}
print([...capturedAndWritten("p")].join());
