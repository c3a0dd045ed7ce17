/**
 * One measurement in a fresh process: `node --expose-gc child.js '<ChildRequest JSON>'`.
 * It loads the prepared program of one (workload, variant) pair, computes the workload's
 * checksum at its fixed check size, then measures, and prints one result line.
 *
 * Timing: batches of n operations, n doubled until a batch takes at least MIN_BATCH_MS
 * (so timer resolution and loop overhead vanish), batches repeated until the warm-up time
 * is spent (the JIT settles), one gc(), then batches repeated until the budget is spent;
 * the sample is the median batch's time per operation. The harness itself is never
 * transformed: only the workload program differs between variants.
 *
 * Memory: the workload drives the measurement itself through a probe (gc, V8 heap and
 * ArrayBuffer counters), since what is "baseline" and what is "held" depends on the
 * workload.
 */
import { createRequire } from "node:module";
import { getHeapStatistics } from "node:v8";
import { RESULT_PREFIX, type ChildReply, type ChildRequest, type ChildResult, type Figure } from "./protocol.js";
import type { SourceInfo } from "./variants.js";
import { summarize } from "./stats.js";
import { WORKLOADS, type CorpusWorkload, type MemoryWorkload, type TimeWorkload } from "./workloads.js";

const MIN_BATCH_MS = 10;

interface TimeOutcome {
  ops: number;
  checksum: number | string;
}

interface MemoryOutcome {
  checksum: number | string;
  figures: Record<string, number>;
}

/** What memory workloads may call; plain functions so transformed code can call them. */
interface Probe {
  gc(): void;
  heapUsed(): number;
  arrayBuffers(): number;
  /** Lets pending jobs and weak-reference bookkeeping finish, then collects twice. */
  settle(): Promise<void>;
}

function requireGc(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") throw new Error("child must run with node --expose-gc");
  return gc;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function makeProbe(): Probe {
  const gc = requireGc();
  // Twice: the first pass may only unlink objects that the second one can then reclaim.
  const collect = (): void => {
    gc();
    gc();
  };
  return {
    gc: collect,
    heapUsed: () => getHeapStatistics().used_heap_size,
    arrayBuffers: () => process.memoryUsage().arrayBuffers,
    async settle() {
      await nextTurn();
      collect();
      await nextTurn();
      collect();
    },
  };
}

const medianOf = (values: readonly number[]): number => summarize(values).median;

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** Awaits only real promises, so synchronous workloads are not charged a microtask per batch. */
async function settleValue<T>(value: T | PromiseLike<T>): Promise<T> {
  return isThenable(value) ? await value : value;
}

function loadProgram(path: string | null): Record<string, unknown> {
  if (path === null) throw new Error("no prepared program");
  return createRequire(import.meta.url)(path) as Record<string, unknown>;
}

function exported<F>(program: Record<string, unknown>, name: string): F {
  const value = program[name];
  if (typeof value !== "function") throw new Error(`workload program has no exported function ${name}`);
  return value as F;
}

async function measureTime(workload: TimeWorkload, request: ChildRequest): Promise<ChildResult> {
  const run = exported<(n: number) => TimeOutcome | Promise<TimeOutcome>>(loadProgram(request.programPath), "time");
  const check = await settleValue(run(workload.checkSize));
  if (request.mode === "check") return { ok: true, checksum: check.checksum, figures: [], detail: {} };

  let size = workload.startSize;
  const warmupStart = performance.now();
  for (;;) {
    const started = performance.now();
    await settleValue(run(size));
    const took = performance.now() - started;
    if (took < MIN_BATCH_MS && size < 2 ** 28) size *= 2;
    else if (performance.now() - warmupStart >= request.warmupMs) break;
  }

  requireGc()();
  // Each batch's cost per operation is kept and the sample is their median: on a machine
  // shared with other jobs, a batch that lost the CPU to another process is an outlier, and
  // the median ignores it where the mean would not. Batches are long enough (≥ MIN_BATCH_MS)
  // to include the minor GCs the workload causes.
  const perOp: number[] = [];
  let ops = 0;
  const deadline = performance.now() + request.budgetMs;
  do {
    const started = process.hrtime.bigint();
    const batchOps = (await settleValue(run(size))).ops;
    perOp.push(Number(process.hrtime.bigint() - started) / batchOps);
    ops += batchOps;
  } while (performance.now() < deadline);
  const mean = perOp.reduce((sum, value) => sum + value, 0) / perOp.length;
  const figure: Figure = { label: `ns per ${workload.unit}`, value: medianOf(perOp), better: "lower" };
  return {
    ok: true,
    checksum: check.checksum,
    figures: [figure],
    detail: { batchSize: size, batches: perOp.length, ops, meanNsPerOp: mean, fastestNsPerOp: Math.min(...perOp) },
  };
}

async function measureMemory(workload: MemoryWorkload, request: ChildRequest): Promise<ChildResult> {
  const entry = exported<(probe: Probe) => MemoryOutcome | Promise<MemoryOutcome>>(
    loadProgram(request.programPath),
    workload.entry,
  );
  const outcome = await settleValue(entry(makeProbe()));
  const figures: Figure[] = Object.entries(outcome.figures).map(([label, value]) => ({ label, value, better: "lower" }));
  return { ok: true, checksum: outcome.checksum, figures: request.mode === "check" ? [] : figures, detail: {} };
}

async function measureCorpus(workload: CorpusWorkload, request: ChildRequest): Promise<ChildResult> {
  if (request.programPath === null) throw new Error("no prepared corpus input");
  // Imported here, not at the top: timing and memory children must not load Babel at all.
  const { readCorpusInput } = await import("./corpus.js");
  const { loadBabelAlone, loadLowering } = await import("./variants.js");
  const files = readCorpusInput(request.programPath);
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  if (request.mode === "check") return { ok: true, checksum: lines, figures: [], detail: {} };
  // The input is already ES5 except generators (see loadEs5ExceptGenerators), so the time is
  // the generator lowering's alone. Native has nothing to lower; its row is Babel parsing and
  // printing with no plugins, the floor every Babel-based lowering pays.
  const transform: (code: string, source: SourceInfo) => string =
    request.variant === "native"
      ? await loadBabelAlone()
      : (await loadLowering(request.variant, request.pluginPath)).transform;
  const pass = (): void => {
    for (const file of files) transform(file.code, { filename: file.name, module: workload.module });
  };
  pass();
  const warmupEnd = performance.now() + request.warmupMs;
  while (performance.now() < warmupEnd) pass();
  requireGc()();
  // As for timing workloads, the sample is the median pass (a single pass when one pass
  // outlasts the budget).
  const passMs: number[] = [];
  const started = performance.now();
  do {
    const passStart = performance.now();
    pass();
    passMs.push(performance.now() - passStart);
  } while (performance.now() - started < request.budgetMs);
  const median = medianOf(passMs);
  return {
    ok: true,
    checksum: lines,
    figures: [{ label: "ms per 1,000 lines", value: median / (lines / 1000), better: "lower" }],
    detail: { passes: passMs.length, lines, files: files.length, medianPassMs: median },
  };
}

async function main(): Promise<ChildReply> {
  const request = JSON.parse(process.argv[2] ?? "null") as ChildRequest | null;
  if (request === null) return { ok: false, error: "usage: child.js '<request JSON>'" };
  const workload = WORKLOADS.find((candidate) => candidate.name === request.workload);
  if (workload === undefined) return { ok: false, error: `unknown workload ${request.workload}` };
  try {
    switch (workload.kind) {
      case "time":
        return await measureTime(workload, request);
      case "memory":
        return await measureMemory(workload, request);
      case "corpus":
        return await measureCorpus(workload, request);
      default: {
        const unknown: never = workload;
        return { ok: false, error: `unknown workload kind ${JSON.stringify(unknown)}` };
      }
    }
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { ok: false, error: text };
  }
}

const reply = await main();
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(reply)}\n`, () => process.exit(0));
