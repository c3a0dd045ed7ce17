// Workload for ix (IxJS), CommonJS build: its operators are generators driven by tslib's
// __asyncGenerator/__awaiter/__asyncValues helpers, so the lowered generator objects are
// resumed, thrown into and returned from by another library's protocol code. Exercises
// pull-based sync and async pipelines, early exit (take, first, find, break), errors thrown
// from sources and selectors and caught by catchError/retry/onErrorResumeNext, finalizers,
// concurrent combinators (merge, zip, combineLatest, race, forkJoin, mergeAll, switchAll) and
// grouping/ordering. Deterministic: no time-based operators, delays are resolved promises.
"use strict";
const A = require("ix/asynciterable");
const AO = require("ix/asynciterable/operators");
const I = require("ix/iterable");
const IO = require("ix/iterable/operators");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  if (value instanceof Map) return `Map${JSON.stringify([...value])}`;
  if (value instanceof Set) return `Set${JSON.stringify([...value])}`;
  return JSON.stringify(value);
}
async function ticks(n) { for (let i = 0; i < n; i++) await null; }
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);

async function* source(name, items, { failAt = -1, delay = (i) => i % 3 } = {}) {
  try {
    for (let i = 0; i < items.length; i++) {
      await ticks(delay(i));
      if (i === failAt) throw new RangeError(`${name} failed at ${i}`);
      print(`${name} yields`, items[i]);
      yield items[i];
    }
  } finally {
    print(`${name} finally`);
  }
}
function* syncSource(name, items, failAt = -1) {
  try {
    for (let i = 0; i < items.length; i++) {
      if (i === failAt) throw new URIError(`${name} failed at ${i}`);
      print(`${name} yields`, items[i]);
      yield items[i];
    }
  } finally { print(`${name} finally`); }
}

async function attempt(label, body) {
  try { print(label, "=", await body()); }
  catch (error) { print(label, "threw", error); }
}
function attemptSync(label, body) {
  try { print(label, "=", body()); }
  catch (error) { print(label, "threw", error); }
}

function syncPart() {
  const from = (items) => I.from(items);
  attemptSync("sync map/filter/take", () => I.toArray(from(syncSource("s1", range(20))).pipe(IO.map((x) => x * 3), IO.filter((x) => x % 2 === 0), IO.take(4))));
  attemptSync("sync skip/skipWhile/takeWhile", () => I.toArray(from(range(30)).pipe(IO.skip(3), IO.skipWhile((x) => x < 8), IO.takeWhile((x) => x < 15))));
  attemptSync("sync scan/pairwise", () => I.toArray(from(range(8)).pipe(IO.scan({ callback: (acc, x) => acc + x, seed: 0 }), IO.pairwise())));
  attemptSync("sync flatMap/distinct", () => I.toArray(from(range(6)).pipe(IO.flatMap((x) => [x % 4, x % 3]), IO.distinct())));
  attemptSync("sync groupBy", () => I.toArray(from(range(12)).pipe(IO.groupBy((x) => x % 3), IO.map((g) => [g.key, I.toArray(g)]))));
  attemptSync("sync orderBy/thenBy", () => I.toArray(from(["pear", "fig", "apple", "kiwi", "date", "plum"]).pipe(IO.orderBy((s) => s.length), IO.thenByDescending((s) => s))));
  attemptSync("sync buffer/reverse", () => I.toArray(from(range(10)).pipe(IO.buffer(3, 2), IO.reverse())));
  attemptSync("sync zip/concat", () => I.toArray(I.zip(from(range(4)), I.concat(from(["a", "b"]), from(["c", "d", "e"])))));
  attemptSync("sync catchError", () => I.toArray(from(syncSource("s2", range(5), 3)).pipe(IO.catchError((error) => I.of(`caught ${error.message}`)))));
  attemptSync("sync retry", () => { let runs = 0; return I.toArray(I.defer(() => from(syncSource(`retry${runs++}`, range(3), runs < 3 ? 1 : -1))).pipe(IO.retry(4))); });
  attemptSync("sync finalize", () => I.toArray(from(syncSource("s3", range(5))).pipe(IO.finalize(() => print("finalized")), IO.take(2))));
  attemptSync("sync expand", () => I.toArray(I.of(1).pipe(IO.expand((x) => (x < 50 ? I.of(x * 2, x * 3) : I.empty())), IO.take(12))));
  attemptSync("sync memoize/share", () => { const shared = from(syncSource("s4", range(4))).pipe(IO.memoize()); return [I.toArray(shared.pipe(IO.take(2))), I.toArray(shared)]; });
  attemptSync("sync sequenceEqual/some/every", () => [I.sequenceEqual(from(range(3)), from([0, 1, 2])), I.some(from(range(5)), { predicate: (x) => x > 3 }), I.every(from(range(5)), { predicate: (x) => x < 3 })]);
  attemptSync("sync error from selector", () => I.toArray(from(syncSource("s5", range(5))).pipe(IO.map((x) => { if (x === 2) throw new TypeError("selector 2"); return x; }))));
  attemptSync("sync generate/repeat/ignore", () => [I.toArray(I.generate(1, (x) => x < 100, (x) => x * 3, (x) => x)), I.toArray(I.of(1, 2).pipe(IO.repeat(3))), I.toArray(from(range(3)).pipe(IO.ignoreElements()))]);
  attemptSync("sync join", () => I.toArray(I.from([{ id: 1, n: "a" }, { id: 2, n: "b" }, { id: 3, n: "c" }]).pipe(IO.innerJoin(I.from([{ ref: 2, v: "x" }, { ref: 1, v: "y" }, { ref: 2, v: "z" }]), (l) => l.id, (r) => r.ref, (l, r) => `${l.n}${r.v}`))));
  attemptSync("sync break closes", () => { const got = []; for (const x of from(syncSource("s6", range(9))).pipe(IO.map((x) => x + 1))) { got.push(x); if (x === 3) break; } return got; });
}

async function asyncPart() {
  await attempt("map/filter/take", () => A.toArray(A.from(source("a1", range(20))).pipe(AO.map(async (x) => { await ticks(x % 4); return x * 3; }), AO.filter((x) => x % 2 === 0), AO.take(4))));
  await attempt("skip/skipLast/takeLast", () => A.toArray(A.from(source("a2", range(10))).pipe(AO.skip(2), AO.skipLast(2), AO.takeLast(3))));
  await attempt("scan/pairwise/startWith/endWith", () => A.toArray(A.from(range(6)).pipe(AO.scan({ callback: async (acc, x) => acc + x, seed: 1 }), AO.pairwise(), AO.startWith("s"), AO.endWith("e"))));
  await attempt("concatMap/flatMap", () => A.toArray(A.from(range(4)).pipe(AO.concatMap((x) => source(`in${x}`, range(x))))));
  await attempt("flatMap concurrency", () => A.toArray(A.from(range(5)).pipe(AO.flatMap((x) => source(`fm${x}`, [x, x * 10], { delay: () => 5 - x }), 2))));
  await attempt("groupBy", () => A.toArray(A.from(range(10)).pipe(AO.groupBy((x) => x % 3), AO.map(async (g) => [g.key, await A.toArray(g)]))));
  await attempt("distinct/distinctUntilChanged", () => A.toArray(A.from([1, 1, 2, 3, 3, 1, 4, 2]).pipe(AO.distinctUntilChanged(), AO.distinct())));
  await attempt("buffer/batch", () => A.toArray(A.from(range(11)).pipe(AO.buffer(4))));
  await attempt("catchError", () => A.toArray(A.from(source("a3", range(6), { failAt: 4 })).pipe(AO.catchError((error) => A.of(`caught ${error.message}`)))));
  await attempt("retry", () => { let runs = 0; return A.toArray(A.defer(async () => source(`aretry${runs++}`, range(3), { failAt: runs < 3 ? 1 : -1 })).pipe(AO.retry(5))); });
  await attempt("onErrorResumeNext", () => A.toArray(A.onErrorResumeNext(source("a4", range(3), { failAt: 2 }), A.of("next"), A.throwError(new Error("skipped")), A.of("last"))));
  await attempt("finalize/take", () => A.toArray(A.from(source("a5", range(8))).pipe(AO.finalize(async () => { await ticks(2); print("async finalized"); }), AO.take(3))));
  await attempt("tap observer", () => A.toArray(A.from(source("a6", range(3), { failAt: 2 })).pipe(AO.tap({ next: (x) => print("tap next", x), error: (e) => print("tap error", e), complete: () => print("tap complete") }))));
  await attempt("merge", () => A.toArray(A.merge(source("m1", range(4), { delay: () => 1 }), source("m2", range(4, 10), { delay: () => 2 }))));
  await attempt("zip", () => A.toArray(A.zip(source("z1", range(3)), source("z2", ["a", "b", "c", "d"]))));
  await attempt("combineLatest", () => A.toArray(A.combineLatest(source("c1", range(3), { delay: () => 2 }), source("c2", ["x", "y"], { delay: () => 3 }))));
  await attempt("forkJoin", () => A.forkJoin(source("f1", range(3)), source("f2", ["p", "q"])));
  await attempt("race", () => A.toArray(A.race(source("r1", range(3), { delay: () => 4 }), source("r2", ["fast", "er"], { delay: () => 1 }))));
  await attempt("mergeAll", () => A.toArray(A.from([source("ma1", range(3)), source("ma2", range(3, 10))]).pipe(AO.mergeAll())));
  await attempt("switchAll", () => A.toArray(A.from(source("outer", [0, 1, 2], { delay: () => 3 })).pipe(AO.map((x) => source(`sw${x}`, range(3, x * 10), { delay: () => 1 })), AO.switchAll())));
  await attempt("withLatestFrom", () => A.toArray(A.from(source("w1", range(5), { delay: () => 3 })).pipe(AO.withLatestFrom(source("w2", ["u", "v", "w"], { delay: () => 1 })))));
  await attempt("takeUntil", () => A.toArray(A.from(source("tu", range(10), { delay: () => 2 })).pipe(AO.takeUntil(() => ticks(9)))));
  await attempt("orderBy/thenBy", () => A.toArray(A.from(["pear", "fig", "apple", "kiwi", "date", "plum"]).pipe(AO.orderByDescending((s) => s.length), AO.thenBy((s) => s))));
  await attempt("expand", () => A.toArray(A.of(1).pipe(AO.expand(async (x) => (x < 30 ? A.of(x + 1, x * 2) : A.empty())), AO.take(10))));
  await attempt("memoize", async () => { const shared = A.from(source("mem", range(4))).pipe(AO.memoize()); return [await A.toArray(shared.pipe(AO.take(2))), await A.toArray(shared)]; });
  await attempt("reductions", async () => [
    await A.reduce(A.from(range(6)), { callback: async (a, x) => a * 2 + x, seed: 0 }),
    await A.count(source("cnt", range(4)), { predicate: (x) => x > 1 }),
    await A.first(source("fst", range(9)), { predicate: (x) => x > 2 }),
    await A.last(A.from(range(9)), { predicate: (x) => x < 5 }),
    await A.find(source("fnd", range(9)), { predicate: async (x) => x === 4 }),
    await A.some(source("sme", range(9)), { predicate: (x) => x === 1 }),
    await A.every(A.from(range(9)), { predicate: (x) => x < 3 }),
    await A.includes(A.from(range(4)), 2),
    await A.sum(A.from(range(5))),
    await A.max(A.from([3, 9, 2])),
    await A.elementAt(source("ela", range(5)), 2),
    await A.isEmpty(A.empty()),
    await A.sequenceEqual(A.from(range(3)), source("seq", range(3))),
    await A.toMap(A.from(range(3)), { keySelector: (x) => `k${x}` }),
    await A.toSet(A.from([1, 2, 2, 3])),
  ]);
  await attempt("single throws", () => A.single(A.from(range(2))));
  await attempt("error from selector", () => A.toArray(A.from(source("a7", range(5))).pipe(AO.map(async (x) => { await ticks(1); if (x === 3) throw new SyntaxError("selector 3"); return x; }))));
  await attempt("break closes", async () => {
    const got = [];
    for await (const x of A.from(source("a8", range(9))).pipe(AO.map((x) => x + 1), AO.filter((x) => x !== 2))) { got.push(x); if (x === 5) break; }
    return got;
  });
  await attempt("iterator protocol by hand", async () => {
    const it = A.from(source("a9", range(5))).pipe(AO.map((x) => x * 2))[Symbol.asyncIterator]();
    const results = [await it.next(), await it.next()];
    results.push(await it.return("stop"));
    results.push(await it.next());
    return results;
  });
  await attempt("AsyncSink", async () => {
    const sink = new A.AsyncSink();
    const reader = A.toArray(A.from(sink).pipe(AO.take(3)));
    sink.write(1); sink.write(2); await ticks(2); sink.write(3); sink.end();
    return reader;
  });
  await attempt("generate/whileDo/repeat", async () => [
    await A.toArray(A.generate(1, async (x) => x < 200, async (x) => x * 4, async (x) => -x)),
    await A.toArray(A.of(1, 2).pipe(AO.repeat(2))),
  ]);
}

async function bulk() {
  let total = 0;
  for (let round = 0; round < 10; round++) {
    const values = await A.toArray(A.from(range(400)).pipe(
      AO.map(async (x) => { await ticks(x % 3); return x + round; }),
      AO.filter((x) => x % 4 !== 0),
      AO.buffer(5),
      AO.flatMap((batch) => A.from(batch.slice(0, 2))),
      AO.scan({ callback: (acc, x) => acc + x, seed: 0 }),
    ));
    total += values[values.length - 1];
    operations += values.length;
    const syncValues = I.toArray(I.from(range(2000)).pipe(IO.map((x) => x * round), IO.filter((x) => x % 3 === 0), IO.pairwise(), IO.take(600)));
    total += syncValues.length;
    operations += syncValues.length;
  }
  print("bulk total", total);
}

async function main() {
  syncPart();
  await asyncPart();
  await bulk();
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
