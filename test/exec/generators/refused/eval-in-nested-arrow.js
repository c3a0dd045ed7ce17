// @refuse eval
// A direct eval in an arrow nested in a generator reaches the generator's locals too.
function* gen() {
  let x = 1;
  const peek = () => eval("x");
  yield peek();
  x = 2;
  yield peek();
}
print([...gen()].join(","));
