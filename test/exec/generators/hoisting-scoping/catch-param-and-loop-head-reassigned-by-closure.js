// Issue 11, item 2 siblings: a catch parameter and loop-head bindings that closures
// reassign, across yields, each its own binding per clause run or iteration.
function* g() {
  const setters = [];
  for (let i = 0; i < 2; i++) {
    try {
      throw "e" + i;
    } catch (e) {
      const set = () => {
        e = e + " set by closure";
      };
      setters.push(() => e);
      yield e;
      set();
      yield e;
    }
  }
  print(setters.map((s) => s()).join(" | "));
  const bumps = [];
  for (let k = 0, bump = () => k++; k < 3; k++) {
    bumps.push(() => k);
    yield k;
    bump();
  }
  print(bumps.map((b) => b()).join(","));
  const heads = [];
  for (const [name, fn = function () {}] of [["x"], ["y", () => {}]]) {
    heads.push(() => name + ":" + fn.name);
    yield name;
  }
  print(heads.map((h) => h()).join(","));
}
for (const v of g()) print(v);
