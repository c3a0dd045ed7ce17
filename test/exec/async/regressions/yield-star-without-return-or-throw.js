// Fuzzer finding: async `yield*` to an async iterator without `return`/`throw` settled
// return() and throw() a tick late (the runtime awaited through extra promise jobs).
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
function bare(label) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next(v) { print(label, "next", v); i++; return Promise.resolve({ value: i, done: i > 3 }); },
  };
}
async function* viaReturn() { const r = yield* bare("r"); print("not reached", r); }
async function* viaThrow() {
  try { yield* bare("t"); } catch (e) { print("caught", e.constructor.name); }
  yield "after";
}
const a = viaReturn();
a.next("a0").then((r) => print("a next", JSON.stringify(r)));
a.return(9).then((r) => print("a return", JSON.stringify(r)));
const b = viaThrow();
b.next("b0").then((r) => print("b next", JSON.stringify(r)));
b.throw(new Error("x")).then((r) => print("b throw", JSON.stringify(r)), (e) => print("b rejected", e.message));
(async () => {
  for await (const v of viaReturn()) { print("loop", v); break; }
  print("loop done");
})();
ticker(8);
