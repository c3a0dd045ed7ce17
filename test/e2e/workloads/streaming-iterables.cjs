// Workload for streaming-iterables: pipelines of sync and async iterables through every
// combinator that does not read the clock, with early exits (take, takeWhile, break), errors
// thrown from sources and from user callbacks, concurrency (parallelMap, parallelMerge,
// transform, flatTransform, buffer) whose interleaving depends on exact microtask order, and
// Node streams. Prints every value, every side effect in order, and every error's type and
// message. Deterministic: delays are chains of resolved promises, never timers.
"use strict";
const si = require("streaming-iterables");
const { Readable, Writable } = require("node:stream");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  return JSON.stringify(value);
}
async function ticks(n) { for (let i = 0; i < n; i++) await null; }

// A logging async source: says when it yields, when it is closed early and when it fails.
async function* source(name, items, { failAt = -1, delay = (i) => i % 3 } = {}) {
  try {
    for (let i = 0; i < items.length; i++) {
      await ticks(delay(i));
      if (i === failAt) throw new RangeError(`${name} failed at ${i}`);
      print(`${name} yields`, items[i]);
      yield items[i];
    }
    print(`${name} done`);
  } finally {
    print(`${name} finally`);
  }
}
function* syncSource(name, items) {
  try { for (const item of items) { print(`${name} yields`, item); yield item; } }
  finally { print(`${name} finally`); }
}
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);

async function attempt(label, body) {
  try { print(label, "=", await body()); }
  catch (error) { print(label, "threw", error); }
}

async function main() {
  await attempt("batch async", () => si.collect(si.batch(3, source("a", range(8)))));
  await attempt("batch sync", () => si.collect(si.batch(2, syncSource("s", range(5)))));
  await attempt("buffer async", () => si.collect(si.buffer(3, source("b", range(7)))));
  await attempt("buffer sync", () => si.collect(si.buffer(2, syncSource("s", range(4)))));
  await attempt("concat", () => si.collect(si.concat(source("c1", [1, 2]), syncSource("c2", [3]), [4, 5])));
  await attempt("concat sync", () => si.collect(si.concat([1], syncSource("c3", [2, 3]))));
  await attempt("consume", async () => { await si.consume(si.tap((x) => print("tap", x), source("d", range(3)))); return "consumed"; });
  await attempt("drop", () => si.collect(si.drop(2, source("e", range(5)))));
  await attempt("drop sync", () => si.collect(si.drop(1, syncSource("s", range(3)))));
  await attempt("filter async predicate", () => si.collect(si.filter(async (x) => { await ticks(x % 2); return x % 3 !== 0; }, source("f", range(10)))));
  await attempt("flatMap", () => si.collect(si.flatMap(async (x) => (x % 2 ? [x, x * 10] : x), source("g", range(6)))));
  await attempt("flatten", () => si.collect(si.flatten(source("h", [[1, [2, 3]], "ab", 4, syncSource("inner", [5, 6])]))));
  await attempt("map", () => si.collect(si.map(async (x) => { await ticks(3 - (x % 3)); return x * x; }, source("i", range(6)))));
  await attempt("reduce", () => si.reduce(async (acc, x) => acc + x, 100, source("j", range(5))));
  await attempt("take early", () => si.collect(si.take(3, source("k", range(10)))));
  await attempt("take sync", () => si.collect(si.take(2, syncSource("s", range(10)))));
  await attempt("takeLast", () => si.collect(si.takeLast(2, source("l", range(6)))));
  await attempt("takeLast sync", () => si.collect(si.takeLast(2, syncSource("s", range(4)))));
  await attempt("takeWhile", () => si.collect(si.takeWhile(async (x) => x < 4, source("m", range(9)))));
  await attempt("merge", () => si.collect(si.merge(source("n1", range(4), { delay: () => 1 }), source("n2", range(4, 10), { delay: () => 2 }), [99])));
  await attempt("parallelMerge", () => si.collect(si.parallelMerge(source("o1", range(4), { delay: (i) => 3 - i }), source("o2", range(3, 20)), syncSource("o3", [7, 8]))));
  await attempt("parallelMap", () => si.collect(si.parallelMap(3, async (x) => { await ticks(5 - x); print("mapped", x); return x * 2; }, source("p", range(6)))));
  await attempt("parallelFlatMap", () => si.collect(si.parallelFlatMap(2, async (x) => { await ticks(x % 4); return [x, -x]; }, source("q", range(6)))));
  await attempt("transform", () => si.collect(si.transform(2, async (x) => { await ticks(7 - x); return `t${x}`; }, source("r", range(7)))));
  await attempt("flatTransform", () => si.collect(si.flatTransform(3, async (x) => (x % 3 === 0 ? [] : [x, x]), source("s2", range(8)))));
  await attempt("pipeline", () => si.pipeline(
    () => source("pipe", range(20)),
    si.filter((x) => x % 2 === 0),
    si.map((x) => x + 1),
    si.batch(3),
    si.map((b) => b.reduce((a, c) => a + c, 0)),
    si.take(3),
    si.collect,
  ));
  // Errors thrown through the combinators: from the source, from a callback, and early exit
  // by the consumer's `break` (which must close every layer, innermost first).
  await attempt("source error through map", () => si.collect(si.map((x) => x, source("err1", range(5), { failAt: 3 }))));
  await attempt("callback error in filter", () => si.collect(si.filter((x) => { if (x === 2) throw new TypeError("bad item 2"); return true; }, source("err2", range(5)))));
  await attempt("callback error in parallelMap", () => si.collect(si.parallelMap(2, async (x) => { await ticks(x); if (x === 3) throw new SyntaxError("no 3"); return x; }, source("err3", range(6)))));
  await attempt("error in batch", () => si.collect(si.batch(2, source("err4", range(6), { failAt: 4 }))));
  await attempt("error in merge", () => si.collect(si.merge(source("err5", range(3), { failAt: 1 }), source("ok5", range(3)))));
  await attempt("error in takeLast", () => si.collect(si.takeLast(1, source("err6", range(3), { failAt: 2 }))));
  await attempt("break out of nested pipeline", async () => {
    const seen = [];
    for await (const value of si.map(async (x) => x * 3, si.filter((x) => x !== 1, source("brk", range(10))))) {
      seen.push(value);
      if (value >= 9) break;
    }
    return seen;
  });
  await attempt("getIterator", async () => {
    const it = si.getIterator(source("gi", [1, 2, 3]));
    const first = await it.next();
    const closed = await it.return("early");
    const after = await it.next();
    return [first, closed, after];
  });
  await attempt("manual throw into map", async () => {
    const it = si.map((x) => x, source("mt", range(4)))[Symbol.asyncIterator]();
    const first = await it.next();
    try { await it.throw(new EvalError("thrown in")); } catch (error) { print("it.throw rejected", error); }
    return [first, await it.next()];
  });
  await attempt("fromStream", () => si.collect(si.fromStream(Readable.from(["x", "y", "z"], { objectMode: true }))));
  await attempt("writeToStream", async () => {
    const written = [];
    const sink = new Writable({ objectMode: true, highWaterMark: 2, write(chunk, _encoding, done) { written.push(chunk); done(); } });
    await si.writeToStream(sink, source("ws", range(6)));
    return written;
  });
  // A bigger pipeline, to run the lowered machines many thousands of times.
  let total = 0;
  for (let round = 0; round < 20; round++) {
    const values = await si.collect(si.pipeline(
      () => si.parallelMap(4, async (x) => { await ticks(x % 5); return x * round; }, si.map((x) => x + 1, range(300))),
      si.filter((x) => x % 3 !== 1),
      si.batch(7),
      si.flatMap((b) => b.slice(0, 3)),
    ));
    total += values.reduce((a, c) => a + c, 0);
    operations += values.length;
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}

main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
