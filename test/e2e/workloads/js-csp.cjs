// Workload for js-csp: CSP channels and go blocks, where every process is a generator the
// library's scheduler resumes with `next(value)` for each take, put and alts, and every
// channel operation (map, filter, merge, split, pipe, reduce, mult/tap, pub/sub, mix,
// partition, pipelineAsync...) is itself a go block of the package. Prints every value taken,
// every put's result and the order in which processes ran. Deterministic: the scheduler only
// uses setImmediate (a FIFO queue); no sleep or timeout channels; `alts` without priority
// (used by merge and mix) picks at random, so Math.random is replaced by a seeded generator.
"use strict";
let seed = 12345;
Math.random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const csp = require("js-csp");
const { go, chan, put, take, alts, putAsync, takeAsync, CLOSED, buffers, operations: ops } = csp;

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" ")); };
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);

// Runs `body` as a go block and resolves with what the block returns.
function run(label, body) {
  return new Promise((resolve) => {
    const done = go(function* () {
      try { return yield* body(); }
      catch (error) { return `threw ${error.constructor.name}(${error.message})`; }
    });
    takeAsync(done, (value) => { print(label, "=", value === CLOSED ? "CLOSED" : value); resolve(); });
  });
}
// Collects everything from a channel until it closes.
function* drain(ch) {
  const got = [];
  for (;;) {
    const value = yield take(ch);
    if (value === CLOSED) return got;
    got.push(value);
  }
}
function producer(name, items, ch, close = true) {
  return go(function* () {
    for (const item of items) {
      const accepted = yield put(ch, item);
      print(`${name} put`, item, accepted);
    }
    if (close) ch.close();
    return name;
  });
}

async function main() {
  await run("ping-pong", function* () {
    const ping = chan();
    const pong = chan();
    const log = [];
    go(function* () { for (let i = 0; i < 5; i++) { yield put(ping, i); log.push(`pong got ${yield pong}`); } ping.close(); });
    for (;;) {
      const value = yield ping;
      if (value === CLOSED) break;
      log.push(`ping got ${value}`);
      yield put(pong, value * 10);
    }
    return log;
  });
  await run("buffers", function* () {
    const fixed = chan(buffers.fixed(2));
    const dropping = chan(buffers.dropping(2));
    const sliding = chan(buffers.sliding(2));
    const results = [];
    for (const item of range(4)) {
      results.push(csp.offer(fixed, item), csp.offer(dropping, item), csp.offer(sliding, item));
    }
    fixed.close(); dropping.close(); sliding.close();
    return [results, yield* drain(fixed), yield* drain(dropping), yield* drain(sliding)];
  });
  await run("promise channel", function* () {
    const p = csp.promiseChan();
    yield put(p, "once");
    yield put(p, "twice");
    return [yield take(p), yield take(p), csp.poll(p)];
  });
  await run("put on closed", function* () {
    const ch = chan(1);
    ch.close();
    return [yield put(ch, 1), yield take(ch)];
  });
  await run("alts priority and default", function* () {
    const a = chan(1);
    const b = chan(1);
    yield put(a, "a1");
    yield put(b, "b1");
    const first = yield alts([a, b], { priority: true });
    const second = yield alts([a, b], { priority: true });
    const third = yield alts([a, b], { default: "nothing ready" });
    const out = chan(1);
    const asPut = yield alts([[out, "sent"]], { priority: true });
    return [first.value, first.channel === a, second.value, second.channel === b, third.value, third.channel === csp.DEFAULT, asPut.value, yield out];
  });
  await run("fan-in by alts", function* () {
    const inputs = [chan(), chan(), chan()];
    inputs.forEach((ch, i) => producer(`p${i}`, range(3, i * 10), ch));
    const got = [];
    let open = inputs.length;
    while (open > 0) {
      const { value, channel } = yield alts(inputs, { priority: true });
      if (value === CLOSED) { open--; inputs.splice(inputs.indexOf(channel), 1); continue; }
      got.push(value);
    }
    return got;
  });
  await run("map/filter/remove/mapcat", function* () {
    const mapped = ops.mapFrom((x) => x * x, ops.fromColl(range(6)));
    const filtered = ops.filterFrom((x) => x % 2 === 0, mapped);
    const removed = ops.removeFrom((x) => x === 4, filtered);
    const expanded = ops.mapcatFrom((x) => [x, -x], removed);
    return yield* drain(expanded);
  });
  await run("mapInto/filterInto/mapcatInto", function* () {
    const out1 = chan(); const out2 = chan(); const out3 = chan();
    const in1 = ops.mapInto((x) => x + 100, out1);
    const in2 = ops.filterInto((x) => x > 1, out2);
    const in3 = ops.mapcatInto((x) => [x, x], out3);
    producer("mi", range(3), in1); producer("fi", range(4), in2); producer("mci", range(2), in3);
    return [yield* drain(out1), yield* drain(out2), yield* drain(out3)];
  });
  await run("merge", function* () {
    return yield* drain(ops.merge([ops.fromColl(range(4)), ops.fromColl(range(3, 10)), ops.fromColl(["x"])]));
  });
  await run("pipe/split", function* () {
    const source = chan();
    const middle = chan();
    producer("src", range(10), source);
    ops.pipe(source, middle);
    const [evens, odds] = ops.split((x) => x % 2 === 0, middle, 2, 2);
    const evensSeen = go(function* () { return yield* drain(evens); });
    const oddsSeen = yield* drain(odds);
    return [yield evensSeen, oddsSeen];
  });
  await run("reduce/into/onto", function* () {
    const sum = yield ops.reduce((acc, x) => acc + x, 0, ops.fromColl(range(20)));
    const collected = yield ops.into(["start"], ops.fromColl(range(3)));
    const target = chan(5);
    ops.onto(target, ["o1", "o2", "o3"]);
    return [sum, collected, yield* drain(target)];
  });
  await run("unique/partition/partitionBy/take", function* () {
    const uniq = yield* drain(ops.unique(ops.fromColl([1, 1, 2, 2, 2, 3, 1, 1])));
    const parts = yield* drain(ops.partition(3, ops.fromColl(range(8))));
    const runs = yield* drain(ops.partitionBy((x) => x < 3, ops.fromColl([0, 1, 5, 6, 2, 7])));
    const firstFew = yield* drain(ops.take(3, ops.fromColl(range(9))));
    return [uniq, parts, runs, firstFew];
  });
  await run("mult/tap/untap", function* () {
    const source = chan();
    const m = ops.mult(source);
    const t1 = chan(10); const t2 = chan(10);
    ops.mult.tap(m, t1);
    ops.mult.tap(m, t2);
    yield put(source, "both1");
    yield put(source, "both2");
    ops.mult.untap(m, t2);
    yield put(source, "only1");
    source.close();
    return [yield* drain(t1), csp.poll(t2), csp.poll(t2), csp.poll(t2)];
  });
  await run("pub/sub", function* () {
    const source = chan();
    const p = ops.pub(source, (msg) => msg.topic);
    const news = chan(10); const sports = chan(10);
    ops.pub.sub(p, "news", news);
    ops.pub.sub(p, "sports", sports);
    for (const [topic, text] of [["news", "n1"], ["sports", "s1"], ["weather", "w1"], ["news", "n2"]]) yield put(source, { topic, text });
    source.close();
    return [(yield* drain(news)).map((m) => m.text), (yield* drain(sports)).map((m) => m.text)];
  });
  await run("mix", function* () {
    const out = chan(10);
    const mixer = ops.mix(out);
    const a = chan(); const b = chan();
    ops.mix.add(mixer, a);
    ops.mix.add(mixer, b);
    yield put(a, "a1");
    yield put(b, "b1");
    ops.mix.toggle(mixer, [[b, { mute: true }]]);
    yield put(a, "a2");
    yield put(b, "b2 muted");
    ops.mix.remove(mixer, a);
    return [yield out, yield out, yield out, csp.poll(out) === csp.NO_VALUE];
  });
  await run("pipelineAsync", function* () {
    const to = chan();
    const from = ops.fromColl(range(8));
    ops.pipelineAsync(3, to, (value, result) => {
      putAsync(result, value * 7, () => result.close());
    }, from);
    return yield* drain(to);
  });
  await run("errors inside go blocks", function* () {
    const ch = chan(1);
    const log = [];
    const child = go(function* () {
      try {
        yield put(ch, "before throw");
        throw new RangeError("inside child");
      } catch (error) {
        log.push(`child caught ${error.message}`);
        return "child recovered";
      } finally {
        log.push("child finally");
      }
    });
    log.push(yield ch);
    log.push(yield child);
    try {
      yield* (function* () { yield put(ch, "again"); log.push(yield take(ch)); throw new TypeError("delegated"); })();
    } catch (error) {
      log.push(`outer caught ${error.constructor.name} ${error.message}`);
    }
    return log;
  });
  await run("spawn and nested go", function* () {
    function* worker(id, input, output) {
      for (;;) {
        const job = yield input;
        if (job === CLOSED) return `worker ${id} done`;
        yield put(output, `${id}:${job * 2}`);
      }
    }
    const input = chan(); const output = chan(20);
    const workers = [1, 2, 3].map((id) => csp.spawn(worker(id, input, output)));
    for (const job of range(9)) yield put(input, job);
    input.close();
    const finished = [];
    for (const w of workers) finished.push(yield w);
    output.close();
    return [finished, yield* drain(output)];
  });

  // Bulk: a chain of go-block stages, the kind of load a real program puts on the scheduler.
  let total = 0;
  for (let round = 0; round < 8; round++) {
    const stage1 = ops.mapFrom((x) => x + round, ops.fromColl(range(250)));
    const stage2 = ops.filterFrom((x) => x % 3 !== 0, stage1);
    const [small, large] = ops.split((x) => x < 120, stage2, 8, 8);
    const merged = ops.merge([ops.mapcatFrom((x) => [x * 2], small), large], 8);
    const sum = await new Promise((resolve) => takeAsync(ops.reduce((acc, x) => { operations++; return acc + x; }, 0, merged), resolve));
    total += sum;
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", error && error.message); process.exitCode = 1; });
