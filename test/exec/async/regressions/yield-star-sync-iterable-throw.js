// Fuzzer finding: throw() on an async generator delegating to a sync iterable (an array,
// whose iterator has no `throw`) rejects with the thrown value in Node, not a TypeError.
async function* ag0() {
  yield* [0, Promise.resolve(3)];
}
const it = ag0();
it.next(0).then((r) => print("next", JSON.stringify(r)));
it.throw(0).then((r) => print("throw", JSON.stringify(r)), (e) => print("throw rejected", e));
it.next(1).then((r) => print("after", JSON.stringify(r)));
