/**
 * Turns a workload program into one self-contained script for an engine other than Node:
 * the program (already lowered, runtime inlined) wrapped like a CommonJS module, followed by
 * an ES5 timing harness that mirrors child.ts with only what every engine has (`Date.now`,
 * `print`, `JSON`): the checksum at the workload's check size, batches doubled until one
 * takes MIN_BATCH_MS, warm-up, then batches until the budget is spent; the sample is the
 * median batch's ns per operation. It prints one RESULT_PREFIX line in child.ts's reply
 * format, so the runner reads both alike.
 *
 * Invariants: the harness itself is ES5 and never lowered, so only the workload differs
 * between rows; async workloads are driven by promise callbacks only (no timers), so the
 * engine must have Promise and drain its job queue after the script; any exception or
 * rejection becomes an { ok: false } reply, never a silent hang or a missing line.
 */
import { RESULT_PREFIX } from "./protocol.js";
import type { TimeWorkload } from "./workloads.js";

/** Date.now() ticks in milliseconds: batches this long keep its rounding near 2 %. */
const MIN_BATCH_MS = 50;

export interface HarnessSettings {
  mode: "measure" | "check";
  warmupMs: number;
  budgetMs: number;
  /** The size of the check run (default: the workload's check size); instruction counts use two. */
  checkSize?: number;
}

const HARNESS = String.raw`
(function (run, config) {
  var PREFIX = config.prefix;
  function reply(value) { print(PREFIX + JSON.stringify(value)); }
  function fail(error) {
    reply({ ok: false, error: String((error && error.stack) || error) });
  }
  function median(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
  // A promise callback that throws would only reject a promise nobody watches: report it.
  function guard(callback) {
    return function (value) { try { callback(value); } catch (error) { fail(error); } };
  }
  function isThenable(value) { return value !== null && typeof value === "object" && typeof value.then === "function"; }
  // Calls run(n) and hands its outcome to next, synchronously when it is not a promise, so
  // sync workloads pay no job-queue turn per batch.
  function step(n, next) {
    var outcome = run(n);
    if (isThenable(outcome)) outcome.then(guard(next), fail);
    else next(outcome);
  }
  var checksum;
  var size = config.startSize;
  var warmupStart;
  var perOp = [];
  var ops = 0;
  var deadline;
  var batchStart;
  function afterCheck(outcome) {
    checksum = outcome.checksum;
    if (config.mode === "check") {
      reply({ ok: true, checksum: checksum, figures: [], detail: {} });
      return;
    }
    warmupStart = Date.now();
    warm();
  }
  function warm() {
    for (;;) {
      batchStart = Date.now();
      var outcome = run(size);
      if (isThenable(outcome)) { outcome.then(guard(afterWarmBatch), fail); return; }
      if (!afterWarmBatchSync()) return;
    }
  }
  // true: keep warming; false: warm-up is over and measuring has started.
  function afterWarmBatchSync() {
    var took = Date.now() - batchStart;
    if (took < config.minBatchMs && size < 268435456) { size *= 2; return true; }
    if (Date.now() - warmupStart < config.warmupMs) return true;
    deadline = Date.now() + config.budgetMs;
    measure();
    return false;
  }
  function afterWarmBatch() { if (afterWarmBatchSync()) warm(); }
  function measure() {
    for (;;) {
      batchStart = Date.now();
      var outcome = run(size);
      if (isThenable(outcome)) { outcome.then(guard(afterMeasuredBatch), fail); return; }
      if (!afterMeasuredBatchSync(outcome)) return;
    }
  }
  // true: measure another batch; false: the reply has been printed.
  function afterMeasuredBatchSync(outcome) {
    perOp.push(((Date.now() - batchStart) * 1e6) / outcome.ops);
    ops += outcome.ops;
    if (Date.now() < deadline) return true;
    reply({
      ok: true,
      checksum: checksum,
      figures: [{ label: config.label, value: median(perOp), better: "lower" }],
      detail: { batchSize: size, batches: perOp.length, ops: ops },
    });
    return false;
  }
  function afterMeasuredBatch(outcome) { if (afterMeasuredBatchSync(outcome)) measure(); }
  try {
    step(config.checkSize, afterCheck);
  } catch (error) {
    fail(error);
  }
})`;

/**
 * The whole script: `program` (CommonJS-shaped: it assigns module.exports) wrapped in a
 * function as Node's module loader wraps it, then the harness driving its `time` export.
 */
export function engineScript(program: string, workload: TimeWorkload, settings: HarnessSettings): string {
  const config = {
    prefix: RESULT_PREFIX,
    label: `ns per ${workload.unit}`,
    checkSize: settings.checkSize ?? workload.checkSize,
    startSize: workload.startSize,
    minBatchMs: MIN_BATCH_MS,
    mode: settings.mode,
    warmupMs: settings.warmupMs,
    budgetMs: settings.budgetMs,
  };
  return [
    "var module = { exports: {} };",
    "(function (module, exports) {",
    program,
    "})(module, module.exports);",
    `${HARNESS.trim()}(module.exports.time, ${JSON.stringify(config)});`,
    "",
  ].join("\n");
}
