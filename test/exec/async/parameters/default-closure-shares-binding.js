// Async functions, async arrows and async generators: a closure in a parameter default and
// the body share the parameter binding (its parameters are evaluated inside the machine),
// across awaits; a body `var` of the same name is its own binding.
async function af(a, read = () => a, write = (v) => { a = v; }) {
  const r = [read()];
  a = "body wrote";
  await null;
  r.push(read());
  write("closure wrote");
  await null;
  r.push(a);
  return r.join(" | ");
}
async function afRedeclared(a, read = () => a) {
  var a;
  a = "body wrote";
  await null;
  return a + " " + read();
}
const arrow = async (n, peek = () => n) => {
  const seen = [];
  while (n > 0) {
    n--;
    await null;
    seen.push(peek());
  }
  return seen.join(",");
};
async function* ag(x, read = () => x) {
  yield read();
  x = "body wrote";
  await null;
  yield read();
}
async function* agRedeclared(x, read = () => x) {
  var x = "var";
  await null;
  yield x + " " + read();
}
async function main() {
  print("async function", await af("first"));
  print("async function var", await afRedeclared("first"));
  print("async arrow", await arrow(3));
  const seen = [];
  for await (const v of ag("first")) seen.push(v);
  print("async generator", seen.join(" | "));
  for await (const v of agRedeclared("first")) print("async generator var", v);
}
main();
