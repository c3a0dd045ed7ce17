// Async yield*: the final inner result's `value` is read even when the yield*'s value is not
// used, so a throwing getter rejects the request (or is caught by the generator's try).
function source(log) {
  return {
    [Symbol.asyncIterator]() {
      return {
        next() {
          log.push("next");
          return { done: true, get value() { log.push("get value"); throw new Error("value getter"); } };
        },
      };
    },
  };
}
async function* discarded(log) { yield* source(log); log.push("after"); }
async function* used(log) { const v = yield* source(log); log.push("got " + v); }
async function* caught(log) { try { yield* source(log); } catch (e) { log.push("caught " + e.message); } yield "then"; }
(async () => {
  for (const g of [discarded, used, caught]) {
    const log = [];
    const it = g(log);
    const out = [];
    for (let i = 0; i < 3; i++) {
      try { out.push(JSON.stringify(await it.next())); } catch (e) { out.push("rejected " + e.message); }
    }
    print(g.name, out.join(" | "), log.join(","));
  }
})();
