// @refuse eval
// Direct eval inside an async generator is refused.
async function* gen() {
  let n = 0;
  while (n < 2) {
    yield eval("n++");
  }
}
(async () => {
  for await (const v of gen()) print("value " + v);
})();
