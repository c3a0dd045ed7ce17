// A closure in a parameter default captures the parameter binding itself: the body's later
// writes to that parameter are visible to it, across suspensions, and its writes are visible
// to the body. A body `var` (or function declaration) of the parameter's name is a binding of
// its own that starts with the parameter's value; the closure then keeps seeing the parameter.
function* shared(a, read = () => a, write = (v) => { a = v; }) {
  yield read();
  a = "body wrote";
  yield read();
  write("closure wrote");
  yield a;
  a += "+";
  const inner = () => a;
  yield read() + " " + inner();
}
print([...shared("first")].join(" | "));

function* redeclared(a, read = () => a, write = (v) => { a = v; }) {
  var a;
  yield a + " " + read();
  a = "body wrote";
  yield a + " " + read();
  write("closure wrote");
  yield a + " " + read();
}
print([...redeclared("first")].join(" | "));

function* redeclaredWithInit(a, read = () => a) {
  var a = "var init";
  yield a + " " + read();
}
print([...redeclaredWithInit("first")].join(" | "));

function* functionRedeclares(a, read = () => typeof a) {
  yield typeof a + " " + read();
  function a() {}
}
print([...functionRedeclares("first")].join(" | "));

function* destructured({ a, b } = { a: 1, b: 2 }, sum = () => a + b, [c] = [a]) {
  a = 10;
  yield sum();
  b = 20;
  c = "c";
  yield sum() + " " + c;
}
print([...destructured()].join(" | "));

function* counter(n, peek = () => n) {
  while (n > 0) {
    n--;
    yield peek();
  }
}
print([...counter(3)].join(","));

function* laterParameter(read = () => b, b = "b0") {
  yield read();
  b = "b1";
  yield read();
}
print([...laterParameter()].join(" | "));
