// Workload for p-map and p-queue (ESM, async functions and an async generator throughout,
// with p-queue's dependencies eventemitter3 and p-timeout): concurrency-limited mapping of
// arrays, sync and async iterables with pMapSkip/pMapStop, mapper errors (stopOnError on and
// off, AggregateError), pMapIterable with back-pressure and early `break`, pMapSettled and
// pMapKeyed; p-queue with concurrency, priorities, pause/start, clear, onEmpty/onIdle/
// onSizeLessThan and its events. The order in which tasks start and finish depends on exact
// microtask order. Deterministic: no timeouts or intervals, delays are resolved promises.
import pMap, { pMapIterable, pMapSkip, pMapStop, pMapSettled, pMapKeyed } from "p-map";
import PQueue from "p-queue";

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof AggregateError) return `AggregateError(${value.errors.map(show).join(", ")})`;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  if (value instanceof Map) return `Map${JSON.stringify([...value])}`;
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
async function attempt(label, body) {
  try { print(label, "=", await body()); }
  catch (error) { print(label, "threw", error); }
}
// A mapper that logs when it starts and ends and takes a different number of ticks per item.
const mapper = (name, f = (x) => x * 10) => async (x, index) => {
  print(`${name} start`, x, index);
  await ticks((x * 7) % 5);
  print(`${name} end`, x);
  return f(x);
};

async function pMapPart() {
  await attempt("pMap array c=2", () => pMap(range(6), mapper("a"), { concurrency: 2 }));
  await attempt("pMap async iterable c=3", () => pMap(source("src1", range(7)), mapper("b"), { concurrency: 3 }));
  await attempt("pMap skip", () => pMap(range(8), async (x) => (x % 3 === 0 ? pMapSkip : x), { concurrency: 4 }));
  await attempt("pMap stop", () => pMap(range(10), async (x) => { await ticks(x % 2); return x === 4 ? pMapStop : x; }, { concurrency: 1 }));
  await attempt("pMap error stops", () => pMap(range(6), async (x) => { await ticks(x); if (x === 2) throw new TypeError(`bad ${x}`); return x; }, { concurrency: 2 }));
  await attempt("pMap errors collected", () => pMap(range(6), async (x) => { await ticks(6 - x); if (x % 2) throw new SyntaxError(`odd ${x}`); return x; }, { concurrency: 3, stopOnError: false }));
  await attempt("pMap source fails", () => pMap(source("src2", range(6), { failAt: 3 }), mapper("c"), { concurrency: 2 }));
  await attempt("pMap sync mapper throws", () => pMap([1, 2, 3], (x) => { if (x === 2) throw new EvalError("sync throw"); return x; }));
  await attempt("pMap promises as input", () => pMap([Promise.resolve(1), 2, ticks(3).then(() => 3)], async (x) => x * 2, { concurrency: 2 }));
  await attempt("pMapSettled", () => pMapSettled(range(5), async (x) => { if (x === 3) throw new RangeError("three"); return x; }, { concurrency: 2 }).then((results) => results.map((r) => (r.status === "fulfilled" ? r.value : show(r.reason)))));
  await attempt("pMapKeyed", () => pMapKeyed({ a: 1, b: 2, c: 3 }, async (value, key) => `${key}${value}`, { concurrency: 2 }));
  await attempt("pMapIterable", async () => {
    const got = [];
    for await (const value of pMapIterable(source("src3", range(8)), mapper("d"), { concurrency: 2, backpressure: 3 })) got.push(value);
    return got;
  });
  await attempt("pMapIterable unordered", async () => {
    const got = [];
    for await (const value of pMapIterable(range(6), async (x) => { await ticks(6 - x); return x; }, { concurrency: 3, preserveOrder: false })) got.push(value);
    return got;
  });
  await attempt("pMapIterable break", async () => {
    const got = [];
    for await (const value of pMapIterable(source("src4", range(20)), mapper("e"), { concurrency: 2 })) { got.push(value); if (got.length === 3) break; }
    await ticks(20);
    return got;
  });
  await attempt("pMapIterable error", async () => {
    const got = [];
    for await (const value of pMapIterable(range(6), async (x) => { await ticks(1); if (x === 3) throw new URIError("iter 3"); return x; }, { concurrency: 2 })) got.push(value);
    return got;
  });
  await attempt("pMapIterable skip", async () => {
    const got = [];
    for await (const value of pMapIterable(source("src5", range(6)), async (x) => (x % 2 ? pMapSkip : x), { concurrency: 3 })) got.push(value);
    return got;
  });
}

async function pQueuePart() {
  await attempt("queue concurrency and priority", async () => {
    const queue = new PQueue({ concurrency: 2 });
    const events = [];
    queue.on("active", () => events.push(`active ${queue.size}/${queue.pending}`));
    queue.on("completed", (result) => events.push(`completed ${result}`));
    queue.on("idle", () => events.push("idle"));
    queue.on("add", () => events.push("add"));
    queue.on("next", () => events.push("next"));
    const results = [];
    for (const [name, priority] of [["low1", 0], ["low2", 0], ["high", 5], ["mid", 2], ["low3", 0]]) {
      queue.add(async () => { print("task start", name); await ticks(name.length); print("task end", name); return name; }, { priority }).then((r) => results.push(r));
    }
    await queue.onIdle();
    return { results, events };
  });
  await attempt("queue errors and error event", async () => {
    const queue = new PQueue({ concurrency: 1 });
    const seen = [];
    queue.on("error", (error) => seen.push(`event ${show(error)}`));
    const outcomes = await Promise.allSettled([
      queue.add(async () => { await ticks(1); return "fine"; }),
      queue.add(async () => { await ticks(1); throw new TypeError("task failed"); }),
      queue.add(() => "sync value"),
      queue.add(() => { throw new RangeError("sync task failed"); }),
    ]);
    await queue.onIdle();
    return [outcomes.map((o) => (o.status === "fulfilled" ? o.value : show(o.reason))), seen];
  });
  await attempt("queue pause/start/clear", async () => {
    const queue = new PQueue({ concurrency: 1, autoStart: false });
    const ran = [];
    for (const x of range(5)) queue.add(async () => { ran.push(x); await ticks(1); }).catch((e) => ran.push(show(e)));
    print("paused", queue.isPaused, queue.size, queue.pending);
    queue.start();
    await ticks(3);
    queue.pause();
    print("after pause", queue.size, queue.pending, ran);
    queue.clear();
    print("after clear", queue.size);
    queue.start();
    await queue.onIdle();
    return ran;
  });
  await attempt("queue onEmpty/onSizeLessThan/addAll", async () => {
    const queue = new PQueue({ concurrency: 2 });
    const marks = [];
    const all = queue.addAll(range(6).map((x) => async () => { await ticks(x % 3); marks.push(`done ${x}`); return x * x; }));
    queue.onSizeLessThan(2).then(() => marks.push("size < 2"));
    queue.onEmpty().then(() => marks.push("empty"));
    const values = await all;
    await queue.onIdle();
    marks.push("idle");
    return [values, marks];
  });
}

async function main() {
  await pMapPart();
  await pQueuePart();
  let total = 0;
  for (let round = 0; round < 15; round++) {
    const values = await pMap(source(`bulk${round}`, range(40), { delay: () => 0 }), async (x) => { await ticks(x % 4); operations++; return x * round; }, { concurrency: 5 });
    total += values.reduce((a, c) => a + c, 0);
    const queue = new PQueue({ concurrency: 3 });
    const queued = await Promise.all(range(40).map((x) => queue.add(async () => { await ticks(x % 3); operations++; return x; }, { priority: x % 4 })));
    total += queued.reduce((a, c) => a + c, 0);
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
