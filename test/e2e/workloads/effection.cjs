// Workload for effection (structured concurrency on generators, CommonJS build): every
// operation is a generator the library composes with `yield*` (spawn, call, all, race,
// resource, channels, signals, queues, each, contexts, scopes), and halting a task returns
// every generator in the tree, running its finally blocks from the innermost out. Prints
// every value, every cleanup in order and every error's type and message. Deterministic: no
// sleep or interval (timers); waits are promises resolved after fixed numbers of microtasks.
"use strict";
const fx = require("effection");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.name}(${value.message})`;
  return JSON.stringify(value);
}
async function ticks(n) { for (let i = 0; i < n; i++) await null; return n; }
function* wait(n) { return yield* fx.until(ticks(n)); }
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);

async function attempt(label, operation) {
  try { print(label, "=", await fx.run(operation)); }
  catch (error) { print(label, "threw", error); }
}
function* logged(name, n, result = name) {
  try {
    yield* wait(n);
    print(`${name} finished`);
    return result;
  } finally {
    print(`${name} cleanup`);
  }
}

async function main() {
  await attempt("call and until", function* () {
    const a = yield* fx.call(() => ticks(3));
    const b = yield* fx.call(function* () { return (yield* wait(2)) * 10; });
    const c = yield* fx.until(Promise.resolve("until"));
    return [a, b, c];
  });
  await attempt("spawn and join", function* () {
    const t1 = yield* fx.spawn(() => logged("t1", 3));
    const t2 = yield* fx.spawn(() => logged("t2", 1));
    return [yield* t1, yield* t2];
  });
  await attempt("all", function* () { return yield* fx.all([logged("a1", 3), logged("a2", 1), logged("a3", 2)]); });
  await attempt("all fails fast", function* () {
    return yield* fx.all([logged("f1", 5), (function* () { yield* wait(2); throw new TypeError("all member failed"); })(), logged("f2", 8)]);
  });
  await attempt("allSettled", function* () {
    const results = yield* fx.allSettled([logged("s1", 2), (function* () { yield* wait(1); throw new RangeError("settled failure"); })()]);
    return results.map((r) => (r.ok ? r.value : show(r.error)));
  });
  await attempt("race", function* () { return yield* fx.race([logged("slow", 6), logged("fast", 2), logged("medium", 4)]); });
  await attempt("resource", function* () {
    const resource = fx.resource(function* (provide) {
      print("resource open");
      try { yield* provide({ read: (x) => `read ${x}` }); }
      finally { print("resource closed"); }
    });
    const handle = yield* resource;
    yield* wait(1);
    return handle.read(7);
  });
  await attempt("halt a task", function* () {
    const task = yield* fx.spawn(function* () {
      try {
        try { yield* fx.suspend(); }
        finally { print("inner finally"); yield* wait(1); print("inner finally after wait"); }
      } finally {
        print("outer finally");
      }
    });
    yield* wait(2);
    yield* task.halt();
    try { yield* task; } catch (error) { return `joined halted task: ${show(error)}`; }
    return "halted task returned";
  });
  await attempt("error crosses spawn", function* () {
    try {
      yield* fx.scoped(function* () {
        yield* fx.spawn(function* () { yield* wait(2); throw new SyntaxError("child failed"); });
        yield* fx.spawn(() => logged("sibling", 10));
        yield* fx.suspend();
      });
    } catch (error) {
      return `caught ${show(error)}`;
    }
  });
  await attempt("channel and each", function* () {
    const channel = fx.createChannel();
    const got = [];
    const consumer = yield* fx.spawn(function* () {
      for (const value of yield* fx.each(channel)) {
        got.push(value);
        yield* wait(value % 2);
        yield* fx.each.next();
      }
      return "consumer done";
    });
    yield* wait(1);
    for (const x of range(5)) yield* channel.send(x);
    yield* channel.close("end");
    return [yield* consumer, got];
  });
  await attempt("subscription by hand", function* () {
    const channel = fx.createChannel();
    const subscription = yield* channel;
    yield* fx.spawn(function* () { for (const x of ["a", "b"]) { yield* wait(1); yield* channel.send(x); } yield* channel.close(42); });
    const results = [];
    for (;;) { const next = yield* subscription.next(); results.push(next); if (next.done) break; }
    return results;
  });
  await attempt("signal from callbacks", function* () {
    const signal = fx.createSignal();
    const subscription = yield* signal;
    ticks(2).then(() => { signal.send(1); signal.send(2); signal.close("closed"); });
    const results = [];
    for (;;) { const next = yield* subscription.next(); results.push(next.value); if (next.done) break; }
    return results;
  });
  await attempt("queue", function* () {
    const queue = fx.createQueue();
    queue.add("q1"); queue.add("q2"); queue.close("qdone");
    return [yield* queue.next(), yield* queue.next(), yield* queue.next()];
  });
  await attempt("action", function* () {
    const value = yield* fx.action((resolve) => { ticks(3).then(() => resolve("resolved by callback")); return () => print("action teardown"); });
    try {
      yield* fx.action((_resolve, reject) => { reject(new URIError("rejected by callback")); return () => print("action teardown 2"); });
    } catch (error) { return [value, show(error)]; }
  });
  await attempt("context", function* () {
    const Ctx = fx.createContext("e2e.ctx", "default");
    const before = yield* Ctx.get();
    const inside = yield* Ctx.with("scoped", function* () { return yield* fx.call(function* () { return yield* Ctx.expect(); }); });
    yield* Ctx.set("set");
    return [before, inside, yield* Ctx.get()];
  });
  await attempt("ensure and scope.run", function* () {
    yield* fx.ensure(() => { print("ensure ran"); });
    const scope = yield* fx.useScope();
    const task = scope.run(() => logged("scope-run", 2));
    return yield* task;
  });
  await attempt("withResolvers", function* () {
    const { operation, resolve } = fx.withResolvers();
    yield* fx.spawn(function* () { yield* wait(2); resolve("resolved"); });
    return yield* operation;
  });
  await attempt("lift and Result", function* () {
    const add = fx.lift((a, b) => a + b);
    const sum = yield* add(2, 3);
    return [sum, fx.unbox(fx.Ok(1)), (() => { try { return fx.unbox(fx.Err(new Error("err result"))); } catch (e) { return show(e); } })()];
  });
  try {
    const task = fx.run(function* () { try { yield* fx.suspend(); } finally { print("outside-halted finally"); } });
    await ticks(3);
    await task.halt();
    print("halted from outside");
    await task.then(() => print("task resolved"), (error) => print("task rejected", error));
  } catch (error) { print("halt threw", error); }

  // Bulk: a tree of spawned tasks passing values through channels.
  let total = 0;
  for (let round = 0; round < 10; round++) {
    total += await fx.run(function* () {
      const channel = fx.createChannel();
      const sum = yield* fx.spawn(function* () {
        let acc = 0;
        for (const value of yield* fx.each(channel)) { acc += value; operations++; yield* fx.each.next(); }
        return acc;
      });
      yield* wait(1);
      const producers = range(5).map((p) => function* () { for (const x of range(40)) { yield* wait(x % 3); yield* channel.send(p * 100 + x + round); } });
      yield* fx.all(producers.map((producer) => fx.call(producer)));
      yield* channel.close();
      return yield* sum;
    });
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
