// Async arrows with every parameter form: each is bound from the arrow's own call, `length`
// counts the parameters before the first default or rest, and the arrow has no `arguments`
// of its own (its parameters and body see the enclosing function's).
function run(label, promise) {
  return promise.then(
    (v) => print(label, JSON.stringify(v)),
    (e) => print(label, "rejected", e.constructor.name),
  );
}
function outer() {
  const forms = {
    rest: async (...r) => r,
    leadingRest: async (a, b, ...r) => [a, b, r],
    defaults: async (a, b = a + 1, c = b * 2) => [a, b, c],
    object: async ({ a, b: { c = 3 } = {} }) => [a, c],
    array: async ([a, [b = "b"] = []], ...[c, d = "d"]) => [a, b, c, d],
    objectDefault: async ({ a = 1, ...others } = { z: 26 }) => [a, others],
    patternFirst: async ({ a }, b, c = 9) => [a, b, c],
    holes: async ([, a], { ["k" + 1]: k } = { k1: "computed" }) => [a, k],
  };
  for (const name of Object.keys(forms)) print(name, "length", forms[name].length);
  return run("rest", forms.rest(1, 2, 3))
    .then(() => run("rest none", forms.rest()))
    .then(() => run("leadingRest", forms.leadingRest(1, 2, 3, 4)))
    .then(() => run("leadingRest short", forms.leadingRest(1)))
    .then(() => run("defaults", forms.defaults(1)))
    .then(() => run("defaults given", forms.defaults(1, undefined, 5)))
    .then(() => run("object", forms.object({ a: "A", b: {} })))
    .then(() => run("array", forms.array(["x", [undefined]], "c")))
    .then(() => run("objectDefault", forms.objectDefault()))
    .then(() => run("objectDefault given", forms.objectDefault({ q: 1 })))
    .then(() => run("patternFirst", forms.patternFirst({ a: 0 }, "b")))
    .then(() => run("holes", forms.holes([1, 2])))
    .then(() => run("object missing", forms.object()))
    .then(() => run("array missing", forms.array(null)));
}
outer("outer-a", "outer-b");
