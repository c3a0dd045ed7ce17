// Async generators: each iteration's binding is fresh and uninitialised, across awaits and
// yields; a closure from an earlier iteration keeps its own, initialised, binding.
async function* gen() {
  const kept = [];
  for (let i = 0; i < 3; i++) {
    const r = () => x;
    kept.push(r);
    try { r(); } catch (e) { print("iteration", i, e.constructor.name); }
    yield i;
    let x = i * 2;
    await null;
    print("iteration", i, "reads", r(), "earlier reads", kept[0]());
  }
}
(async () => {
  for await (const v of gen()) print("got", v);
})();
