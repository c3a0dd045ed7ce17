// await in destructuring defaults (only evaluated when needed, in order), in the source
// and in computed property names of patterns.
function trace(name, v) {
  print("default " + name);
  return v;
}
async function f(source) {
  const {
    a = await trace("a", "A"),
    b = await trace("b", "B"),
    [await "c"]: c = trace("c", "C"),
    ...rest
  } = await source;
  print("a=" + a + " b=" + b + " c=" + c + " rest=" + Object.keys(rest).join(","));
  const [p = await trace("p", 1), [q = await trace("q", 2)] = [], ...more] = [undefined, undefined, 7, 8];
  print("p=" + p + " q=" + q + " more=" + more.join(","));
  let m, n;
  ({ m = await trace("m", "M"), n } = { n: await "N" });
  print("m=" + m + " n=" + n);
}
f({ b: "given", d: 1, e: 2 }).then(() => f(Promise.resolve({ a: "x", c: "y" })));
