// for-of and for-in `const`/`let` bindings are fresh per iteration for closures made before
// and after a yield in the body; block-scoped lets inside a while loop too.
function* gen() {
  const fns = [];
  for (const x of ["a", "b"]) {
    const before = () => x;
    yield x;
    fns.push(() => before() + x);
  }
  for (const k in { p: 1, q: 2 }) {
    yield k;
    fns.push(() => k);
  }
  let n = 0;
  while (n < 2) {
    let local = "w" + n;
    yield local;
    fns.push(() => local);
    n++;
  }
  yield fns.map((f) => f()).join(",");
}
print([...gen()].join(" | "));
