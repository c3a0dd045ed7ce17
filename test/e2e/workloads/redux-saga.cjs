// Workload for redux-saga (and @redux-saga/core): the library's own files hold no generator
// function, but its whole job is to drive generators: every saga here is a generator the
// middleware resumes with next(), throws errors into with throw() and cancels with return(),
// so this checks that lowered generators (this workload is lowered too) follow the protocol
// another library relies on. Covers take/put/call/fork/spawn/join/cancel/cancelled/race/all/
// select, takeEvery/takeLatest/takeLeading, action and event channels, errors crossing fork
// boundaries, finally blocks on cancellation, and runSaga without Redux. Deterministic: no
// delay/debounce/throttle (timers), promises resolve after fixed numbers of microtasks.
"use strict";
const { runSaga, stdChannel, channel, eventChannel, END, buffers } = require("redux-saga");
const E = require("redux-saga/effects");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  return JSON.stringify(value);
}
async function ticks(n) { for (let i = 0; i < n; i++) await null; return n; }
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);

// A tiny store: the reducer keeps a log of every action the sagas put.
function makeEnv(label) {
  const ch = stdChannel();
  let state = { count: 0, log: [] };
  const env = {
    channel: ch,
    getState: () => state,
    dispatch: (action) => {
      state = { count: state.count + (action.by || 0), log: state.log.concat(action.type) };
      ch.put(action);
      return action;
    },
    onError: (error) => print(`${label} onError`, error),
  };
  return env;
}
async function runScenario(label, saga, driver) {
  const env = makeEnv(label);
  const task = runSaga(env, saga);
  if (driver) await driver(env.dispatch, task);
  try {
    const result = await task.toPromise();
    print(label, "=", result === undefined ? "undefined" : result, "running", task.isRunning(), "cancelled", task.isCancelled());
  } catch (error) {
    print(label, "failed", error);
  }
  print(label, "log", env.getState().log, "count", env.getState().count);
}

async function main() {
  await runScenario("call/put/select", function* () {
    const a = yield E.call(ticks, 3);
    const b = yield E.call(function* sub(x) { const y = yield E.call(ticks, x); return y * 10; }, 2);
    const c = yield E.apply({ k: 5 }, function () { return this.k; }, []);
    const cps = yield E.cps((x, cb) => cb(null, x + 1), 41);
    yield E.put({ type: "ADD", by: a + b });
    const count = yield E.select((s) => s.count);
    return [a, b, c, cps, count];
  });
  await runScenario("take/fork/join", function* () {
    const worker = yield E.fork(function* () {
      const got = [];
      for (let i = 0; i < 3; i++) { const action = yield E.take("PING"); got.push(action.n); yield E.put({ type: "PONG", by: action.n }); }
      return got;
    });
    const joined = yield E.join(worker);
    return joined;
  }, async (dispatch) => { for (const n of [1, 2, 3]) { await ticks(2); dispatch({ type: "PING", n }); } });
  await runScenario("takeEvery/takeLatest/takeLeading", function* () {
    const seen = [];
    // Watchers are attached forks that loop forever: the saga cancels them to finish.
    const every = yield E.takeEvery("EVERY", function* (action) { yield E.call(ticks, 3 - action.n); seen.push(`every ${action.n}`); });
    const latest = yield E.takeLatest("LATEST", function* (action) {
      try { yield E.call(ticks, 4); seen.push(`latest ${action.n}`); }
      finally { if (yield E.cancelled()) seen.push(`latest cancelled ${action.n}`); }
    });
    const leading = yield E.takeLeading("LEADING", function* (action) { yield E.call(ticks, 4); seen.push(`leading ${action.n}`); });
    yield E.take("DONE");
    yield E.cancel([every, latest, leading]);
    return seen;
  }, async (dispatch) => {
    for (const n of [0, 1, 2]) { dispatch({ type: "EVERY", n }); dispatch({ type: "LATEST", n }); dispatch({ type: "LEADING", n }); await ticks(1); }
    await ticks(12);
    dispatch({ type: "DONE" });
  });
  await runScenario("race and cancellation", function* () {
    const log = [];
    const slow = function* (name, n) {
      try { yield E.call(ticks, n); log.push(`${name} won`); return name; }
      finally { if (yield E.cancelled()) log.push(`${name} cancelled`); }
    };
    const winner = yield E.race({ fast: E.call(slow, "fast", 2), slow: E.call(slow, "slow", 6), action: E.take("STOP") });
    const task = yield E.fork(function* () { try { for (;;) { yield E.take("TICK"); log.push("tick"); } } finally { log.push(`loop finally cancelled=${yield E.cancelled()}`); } });
    yield E.take("ENOUGH");
    yield E.cancel(task);
    const byAction = yield E.race([E.call(slow, "never", 50), E.take("STOP")]);
    return [winner, byAction.map((x) => (x ? x.type || x : x)), log, task.isCancelled()];
  }, async (dispatch) => {
    await ticks(8);
    dispatch({ type: "TICK" }); dispatch({ type: "TICK" }); dispatch({ type: "ENOUGH" });
    await ticks(3);
    dispatch({ type: "STOP" });
  });
  await runScenario("all", function* () {
    const values = yield E.all([E.call(ticks, 3), E.call(ticks, 1), E.call(function* () { yield E.call(ticks, 2); return "gen"; })]);
    const named = yield E.all({ a: E.call(ticks, 1), b: E.take("B") });
    return [values, named.a, named.b.type];
  }, async (dispatch) => { await ticks(10); dispatch({ type: "B" }); });
  await runScenario("errors thrown into sagas", function* () {
    const log = [];
    try {
      yield E.call(async () => { await ticks(1); throw new TypeError("call rejected"); });
    } catch (error) {
      log.push(`caught ${show(error)}`);
    }
    try {
      yield E.call(function* () { try { yield E.call(ticks, 1); throw new RangeError("inner"); } finally { log.push("inner finally"); } });
    } catch (error) {
      log.push(`caught ${show(error)}`);
    }
    try {
      yield E.all([E.call(ticks, 3), E.call(async () => { throw new SyntaxError("one of all"); })]);
    } catch (error) {
      log.push(`caught ${show(error)}`);
    }
    const spawned = yield E.spawn(function* () { yield E.call(ticks, 1); throw new EvalError("spawned fails alone"); });
    yield E.call(ticks, 5);
    log.push(`spawned aborted: ${spawned.isAborted()}`);
    return log;
  });
  await runScenario("fork failure aborts parent", function* () {
    try {
      yield E.fork(function* () { yield E.call(ticks, 2); throw new URIError("forked child failed"); });
      yield E.call(ticks, 10);
      return "not reached";
    } finally {
      print("parent finally cancelled", yield E.cancelled());
    }
  });
  await runScenario("task cancelled from outside", function* () {
    try { yield E.take("NEVER"); }
    finally { print("outer finally cancelled", yield E.cancelled()); }
  }, async (dispatch, task) => { await ticks(2); task.cancel(); });
  await runScenario("channels", function* () {
    const ch = channel(buffers.expanding(2));
    const got = [];
    yield E.fork(function* () { for (const x of range(5)) { yield E.put(ch, x); } ch.close(); });
    try { for (;;) got.push(yield E.take(ch)); }
    finally { got.push("closed"); print("channel got", got); }
  });
  await runScenario("actionChannel buffers", function* () {
    const requests = yield E.actionChannel("REQ", buffers.sliding(2));
    yield E.take("GO");
    const got = [];
    for (let i = 0; i < 2; i++) { const action = yield E.take(requests); got.push(action.n); yield E.call(ticks, 1); }
    return got;
  }, async (dispatch) => { for (const n of range(5)) dispatch({ type: "REQ", n }); await ticks(1); dispatch({ type: "GO" }); });
  await runScenario("eventChannel and END", function* () {
    let emitter;
    const events = eventChannel((emit) => { emitter = emit; return () => print("event channel unsubscribed"); });
    yield E.fork(function* () { for (const x of ["e1", "e2", "e3"]) { yield E.call(ticks, 1); emitter(x); } emitter(END); });
    const got = [];
    try { for (;;) got.push(yield E.take(events)); }
    finally { got.push(`finally cancelled=${yield E.cancelled()}`); print("event channel", got); }
  });
  await runScenario("takeMaybe END and flush", function* () {
    const ch = channel();
    yield E.fork(function* () { yield E.put(ch, "x"); ch.put(END); });
    const first = yield E.takeMaybe(ch);
    const second = yield E.takeMaybe(ch);
    const buffered = channel(buffers.fixed(4));
    buffered.put(1); buffered.put(2);
    const flushed = yield E.flush(buffered);
    return [first, second === END, flushed];
  });
  await runScenario("context", function* () {
    yield E.setContext({ user: "ada" });
    const child = yield E.fork(function* () { return yield E.getContext("user"); });
    return yield E.join(child);
  });

  // Bulk: many actions through takeEvery workers that fork and join sub-sagas.
  let handled = 0;
  await runScenario("bulk", function* () {
    const watcher = yield E.takeEvery("WORK", function* (action) {
      const parts = yield E.all(range(3).map((i) => E.call(function* () { yield E.call(ticks, (action.n + i) % 3); return action.n * i; })));
      handled += parts.reduce((a, c) => a + c, 0);
      operations++;
      yield E.put({ type: "WORKED", by: 1 });
    });
    yield E.take("FINISH");
    yield E.cancel(watcher);
    return handled;
  }, async (dispatch) => {
    for (const n of range(600)) { dispatch({ type: "WORK", n }); if (n % 10 === 0) await ticks(2); }
    await ticks(50);
    dispatch({ type: "FINISH" });
  });
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
