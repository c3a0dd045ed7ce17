// Issue 11, item 2 siblings: function declarations reassigned by another nested function,
// by the body after a yield, and read by closures made before and after.
function* g() {
  const readers = [() => first, () => second];
  function first() {
    second = "second replaced by first";
    return "first ran";
  }
  function second() {
    first = "first replaced by second";
    return "second ran";
  }
  print(readers.map((r) => typeof r()).join(","));
  yield first();
  print(typeof first, second);
  first = function () {
    return "new first";
  };
  yield readers[0]()();
  print(first.name, readers[0]().name);
  // Mutual recursion through the cells.
  function even(n) {
    return n === 0 ? true : odd(n - 1);
  }
  function odd(n) {
    return n === 0 ? false : even(n - 1);
  }
  yield [even(10), odd(7)].join(",");
  odd = () => "odd replaced";
  yield even(3);
}
for (const v of g()) print(v);
