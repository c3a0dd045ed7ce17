// `yield` in an async generator awaits its operand: a yielded promise or thenable is
// unwrapped; a yielded rejected promise throws into the generator at the yield.
async function* gen() {
  yield Promise.resolve("unwrapped");
  yield { then(r) { r("thenable unwrapped"); } };
  try {
    yield Promise.reject(new Error("rejected yield"));
    print("unreachable");
  } catch (e) {
    print("caught at yield: " + e.message);
    yield "after catch";
  }
  yield Promise.reject(new Error("uncaught"));
  print("unreachable 2");
}
async function main() {
  const g = gen();
  for (let i = 0; i < 6; i++) {
    try {
      const r = await g.next();
      print("next: " + r.value + " " + r.done);
    } catch (e) {
      print("next rejected: " + e.message);
    }
  }
}
main();
