// A generator declared in a block of a lowered generator stays block-scoped there too, also
// when the block suspends.
function* outer() {
  var name = "outer binding";
  var seen = [];
  {
    function* name() { yield "inner"; }
    seen.push(typeof name);
    yield 1;
    seen.push(name().next().value);
  }
  seen.push(name);
  switch (yield 2) {
    case "a":
      async function name2() {}
      seen.push(typeof name2);
  }
  seen.push(typeof name2);
  return seen.join(",");
}
var it = outer();
it.next();
it.next();
print(it.next("a").value);

async function asyncOuter() {
  {
    await null;
    function* local() {}
    print("async block:", typeof local);
  }
  print("after:", typeof local);
}
asyncOuter();
