// Block bindings that shadow an outer binding of the same name, each with yields inside; the
// outer value is intact after the block; same-named lets in sibling blocks are independent.
function* gen() {
  let x = "outer";
  {
    let x = "block 1";
    yield x;
    {
      const x = "block 2";
      yield x;
    }
    yield x;
  }
  yield x;
  for (let x = 0; x < 1; x++) yield "loop x " + x;
  {
    let y = "first y";
    yield y;
  }
  {
    let y;
    yield "second y " + y;
  }
  try {
    throw "catch x";
  } catch (x) {
    yield x;
  }
  yield x;
}
print([...gen()].join(" | "));
