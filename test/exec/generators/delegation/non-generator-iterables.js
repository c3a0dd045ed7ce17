// yield* over arrays, strings, Sets, Maps and rest arguments; a non-iterable is a TypeError at
// the yield*.
function* gen(...rest) {
  yield* [1, 2];
  yield* "hi";
  yield* new Set(["s"]);
  yield* new Map([["k", "v"]]);
  yield* rest;
  try {
    yield* 5;
  } catch (e) {
    yield "non-iterable: " + e.constructor.name;
  }
}
print([...gen("r1", "r2")].map((v) => (Array.isArray(v) ? v.join("=") : v)).join(" | "));
