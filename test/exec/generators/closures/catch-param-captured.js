// A catch parameter captured by a closure, with yields inside the catch block; each catch is
// a separate binding.
function* gen() {
  const fns = [];
  for (let i = 0; i < 2; i++) {
    try {
      throw "error " + i;
    } catch (e) {
      fns.push(() => e);
      yield e;
      e = e + " changed";
    }
  }
  yield fns.map((f) => f()).join(",");
}
print([...gen()].join(" | "));
