// @skip deliberate difference (README "Differences you could observe on purpose"): the machine lives under one non-enumerable private Symbol-keyed own property; none at all needs a WeakMap (~750 ns per instance)
// Reflection over every own key of an async generator object: native has none.
async function* b() {
  yield 1;
}
const gb = b();
print("own names " + Object.getOwnPropertyNames(gb).length);
print("own symbols " + Object.getOwnPropertySymbols(gb).length);
