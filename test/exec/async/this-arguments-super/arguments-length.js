// `arguments` of an async function reflects the caller's arguments, not the parameter list,
// and survives awaits; `length` of the function is its parameter count.
async function f(a, b = 2, ...rest) {
  const n = arguments.length;
  await null;
  print("arguments.length " + n + " after await " + arguments.length);
  print("a=" + a + " b=" + b + " rest=" + rest.length + " arguments[2]=" + arguments[2]);
  return Array.prototype.slice.call(arguments).join(",");
}
async function g(a, b) {
  await null;
  return arguments.length;
}
async function main() {
  print("f.length " + f.length + " g.length " + g.length);
  print("joined " + (await f()));
  print("joined " + (await f(1)));
  print("joined " + (await f(1, undefined, 3, 4)));
  print("g() " + (await g()) + " g(1,2,3) " + (await g(1, 2, 3)));
}
main();
