// Workload for the it-* family (ESM): it-pipe, it-map, it-filter, it-batch, it-merge, it-all
// and it-pushable, with the packages they import (it-peekable, it-queueless-pushable...).
// Each combinator picks a sync generator or an async generator depending on its source and
// callback, so both paths run; pipelines mix sync sources, async generators, pushables fed
// while being read, duplex stages, merges of sources of different speeds, early `break`
// (which must close every layer) and errors from sources, callbacks and pushable.end(err).
// Deterministic: delays are chains of resolved promises, never timers.
import { pipe } from "it-pipe";
import map from "it-map";
import filter from "it-filter";
import batch from "it-batch";
import merge from "it-merge";
import all from "it-all";
import { pushable, pushableV } from "it-pushable";

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
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
function* syncSource(name, items) {
  try { for (const item of items) { print(`${name} yields`, item); yield item; } }
  finally { print(`${name} finally`); }
}
async function attempt(label, body) {
  try {
    const value = await body();
    print(label, "=", value);
  } catch (error) { print(label, "threw", error); }
}
const kind = (iterable) => (iterable[Symbol.asyncIterator] ? "async" : "sync");

async function main() {
  // Sync in, sync out; a promise-returning callback switches to an async generator.
  await attempt("map sync", () => { const it = map(syncSource("s1", range(4)), (x) => x * 2); return [kind(it), all(it)]; });
  await attempt("map sync source, async fn", async () => { const it = map(syncSource("s2", range(4)), async (x) => x + 1); return [kind(it), await all(it)]; });
  await attempt("map async", async () => all(map(source("a1", range(5)), async (x, i) => { await ticks(3 - i % 3); return `${i}:${x}`; })));
  await attempt("map empty", () => all(map([], (x) => x)));
  await attempt("filter sync", () => { const it = filter(syncSource("s3", range(6)), (x) => x % 2 === 1); return [kind(it), all(it)]; });
  await attempt("filter async predicate", async () => all(filter(source("a2", range(8)), async (x) => { await ticks(x % 2); return x % 3 !== 0; })));
  await attempt("filter sync source, async predicate", async () => all(filter(range(7), async (x) => x > 3)));
  await attempt("batch sync", () => all(batch(syncSource("s4", range(7)), 3)));
  await attempt("batch async", async () => all(batch(source("a3", range(7)), 2)));
  await attempt("merge sync", () => { const it = merge(syncSource("m1", [1, 2]), [3, 4]); return [kind(it), all(it)]; });
  await attempt("merge async", async () => all(merge(source("m2", range(4), { delay: () => 1 }), source("m3", range(4, 10), { delay: () => 2 }), [99, 98])));
  await attempt("merge with failing source", async () => all(merge(source("m4", range(5), { delay: () => 2 }), source("m5", range(3), { failAt: 1 }))));
  await attempt("merge then break", async () => {
    const got = [];
    for await (const x of merge(source("m6", range(10)), source("m7", range(10, 20)))) { got.push(x); if (got.length === 5) break; }
    await ticks(10);
    return got;
  });
  await attempt("pipe", async () => pipe(
    source("p1", range(12)),
    (src) => map(src, (x) => x * 3),
    (src) => filter(src, (x) => x % 2 === 0),
    (src) => batch(src, 2),
    async function* (src) { for await (const b of src) yield b.reduce((a, c) => a + c, 0); },
    (src) => all(src),
  ));
  await attempt("pipe sync", () => pipe(range(6), (src) => map(src, (x) => x + 1), (src) => all(src)));
  await attempt("pipe duplex", async () => {
    const echo = pushable({ objectMode: true });
    const duplex = {
      sink: async (src) => { for await (const x of src) { print("duplex sink got", x); echo.push(`echo ${x}`); } echo.end(); },
      source: echo,
    };
    return pipe(source("p2", range(4)), duplex, (src) => all(src));
  });
  await attempt("pipe with throwing stage", async () => pipe(
    source("p3", range(6)),
    async function* (src) { for await (const x of src) { if (x === 3) throw new TypeError("stage rejects 3"); yield x; } },
    (src) => all(src),
  ));
  await attempt("pushable fed while read", async () => {
    const p = pushable({ objectMode: true, onEnd: (err) => print("pushable ended", err ?? "ok") });
    const reader = all(p);
    for (const x of range(5)) { p.push(x); await ticks(x % 2); }
    print("readable length", p.readableLength);
    p.end();
    return reader;
  });
  await attempt("pushable ends with error", async () => {
    const p = pushable({ objectMode: true });
    p.push("a"); p.push("b");
    p.end(new SyntaxError("stream broke"));
    return all(p);
  });
  await attempt("pushable return early", async () => {
    const p = pushable({ objectMode: true, onEnd: () => print("early onEnd") });
    p.push(1); p.push(2); p.push(3);
    const got = [];
    for await (const x of p) { got.push(x); if (x === 2) break; }
    return got;
  });
  await attempt("pushable onEmpty", async () => {
    const p = pushable({ objectMode: true });
    p.push(1); p.push(2);
    const empty = p.onEmpty().then(() => print("now empty"));
    const reader = (async () => { const got = []; for await (const x of p) { got.push(x); if (got.length === 2) break; } return got; })();
    await empty;
    return reader;
  });
  await attempt("pushableV", async () => {
    const p = pushableV({ objectMode: true });
    p.push(1); p.push(2); await ticks(1); p.push(3); p.end();
    return all(p);
  });
  await attempt("bytes pushable", async () => {
    const p = pushable();
    p.push(Uint8Array.of(1, 2)); p.push(Uint8Array.of(3)); p.end();
    return (await all(p)).map((chunk) => Array.from(chunk));
  });
  await attempt("pushable push after end", async () => {
    const p = pushable({ objectMode: true });
    p.end();
    p.push(1);
    return all(p);
  });

  let total = 0;
  for (let round = 0; round < 20; round++) {
    const values = await pipe(
      range(300),
      (src) => map(src, async (x) => { await ticks(x % 4); operations++; return x + round; }),
      (src) => filter(src, (x) => x % 5 !== 0),
      (src) => batch(src, 9),
      (src) => merge(src, [[round]]),
      (src) => map(src, (b) => b.length),
      (src) => all(src),
    );
    total += values.reduce((a, c) => a + c, 0);
    operations += values.length;
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
