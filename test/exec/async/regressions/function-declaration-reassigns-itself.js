// Issue 11, item 2 in async functions and async generators: a nested function declaration
// reassigned by itself, by a sibling and after an await, is one binding (a cell) throughout.
async function parent() {
  function toBeRebound() {
    toBeRebound = 42;
  }
  toBeRebound();
  await null;
  return toBeRebound;
}
async function* siblings() {
  function a() {
    b = "b replaced";
  }
  function b() {
    a = "a replaced";
  }
  await null;
  a();
  yield b;
  b = function () {};
  yield typeof b + " " + b.name;
  yield typeof a + " " + a.name;
}
async function main() {
  print(await parent());
  for await (const v of siblings()) print(v);
  {
    // A block function in an async function, reassigned after an await.
    function inBlock() {
      return "first";
    }
    const old = inBlock;
    await null;
    inBlock = () => "second";
    print(old(), inBlock(), (() => inBlock)()());
  }
}
main();
