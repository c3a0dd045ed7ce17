/**
 * The differential fuzzer's command line (`npm run fuzz -- [options]`):
 *
 *   --runs N           programs to check (default 300)
 *   --seed S           seed (default: random, printed so a run can be replayed); program I of
 *                      seed S depends on S and I only, whatever the number of workers
 *   --first I          start at program I (default 0): resume or split a long hunt
 *   --index I          check (and reduce) program I only: the replay of a reported failure
 *   --workers N        worker threads, one program at a time each (default: the number of
 *                      cores; 0 checks in this thread)
 *   --keep-going       do not stop at the first failure: list every failing program, then
 *                      reduce the first one of each kind of failure (first differing
 *                      trace lines, numbers blotted out)
 *   --reduce N         with --keep-going: reduce at most N kinds (default 10; 0: none)
 *   --depth D          statement nesting depth in function bodies (default 3; npm test uses 2)
 *   --kind K           generator | async | asyncGenerator | all (default all)
 *   --standin regenerator   lower with @babel/plugin-transform-regenerator and the async
 *                      plugins (preset-env order) instead of our plugin
 *   --standin preset-env    lower with all of @babel/preset-env (targets IE 11) instead
 *   --es5 R            fraction of programs printed in ES5 mode (default 0.3)
 *   --code             also print the lowered code of the failing program
 *   --out FILE         write the full failing program (prelude included) to FILE
 *   --without F,G      leave features out (print their ES5 fallback), to hunt past a known
 *                      failure: patterns, templates, computed-keys, for-of, for-await, yield-star,
 *                      labelled-jumps, default-params
 *   --mutants          mutation-test the fuzzer: mutate the regenerator stand-in's inlined
 *                      helpers one site at a time and count the mutants --runs programs detect
 *   --print            print the first N generated programs (no prelude) and exit: a look at the grammar
 *
 * Ctrl-C stops handing out programs and ends as if the run had been that long (a hunt
 * that keeps going is ended that way). Prints progress with programs per second; on a failure prints the failing index (to replay
 * it), then the shrunk program, its native and lowered traces, and exits 1. Exit 2 means bad
 * arguments.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FunctionKind } from "../test/fuzz/ast.js";
import {
  caseAt,
  checkIndex,
  describeFailure,
  failureKind,
  failureSignature,
  printCase,
  reduceFailure,
  runnable,
  type Generation,
  type Lowering,
  type Reduction,
} from "../test/fuzz/check.js";
import { defaultShape } from "../test/fuzz/drivers.js";
import { runMutants } from "../test/fuzz/mutants.js";
import { FEATURES, type Feature } from "../test/fuzz/print.js";
import type { FromWorker, ToWorker, WorkerSetup } from "../test/fuzz/worker.js";

interface Args {
  runs: number;
  seed: number;
  first: number;
  index: number | null;
  workers: number;
  keepGoing: boolean;
  reduceAtMost: number;
  depth: number;
  kinds: readonly FunctionKind[];
  lowering: Lowering;
  es5Share: number;
  code: boolean;
  out: string | null;
  print: boolean;
  mutants: boolean;
  without: Feature[];
}

function usage(problem: string): never {
  console.error(`fuzz: ${problem}\nusage: fuzz [--runs N] [--seed S] [--first I] [--index I] [--workers N] [--keep-going] [--reduce N] [--depth D] [--kind generator|async|asyncGenerator|all] [--standin regenerator|preset-env] [--es5 R] [--without F,G] [--code] [--out FILE] [--print] [--mutants]`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    runs: 300,
    seed: (Date.now() ^ (process.pid << 8)) | 0,
    first: 0,
    index: null,
    workers: availableParallelism(),
    keepGoing: false,
    reduceAtMost: 10,
    depth: defaultShape.depth,
    kinds: defaultShape.kinds,
    lowering: "plugin",
    es5Share: 0.3,
    code: false,
    out: null,
    print: false,
    mutants: false,
    without: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    const int = (text: string): number => {
      const n = Number(text);
      if (!Number.isInteger(n)) usage(`${flag} needs an integer, got ${text}`);
      return n;
    };
    switch (flag) {
      case "--runs":
        args.runs = int(value());
        break;
      case "--seed":
        args.seed = int(value());
        break;
      case "--first":
        args.first = int(value());
        break;
      case "--index":
        args.index = int(value());
        break;
      case "--workers":
        args.workers = int(value());
        break;
      case "--depth":
        args.depth = int(value());
        if (args.depth < 1) usage("--depth needs a positive integer");
        break;
      case "--keep-going":
        args.keepGoing = true;
        break;
      case "--reduce":
        args.reduceAtMost = int(value());
        break;
      case "--kind": {
        const kind = value();
        if (kind === "all") args.kinds = defaultShape.kinds;
        else if (kind === "generator" || kind === "async" || kind === "asyncGenerator") args.kinds = [kind];
        else usage(`unknown kind ${kind}`);
        break;
      }
      case "--standin": {
        const which = value();
        if (which !== "regenerator" && which !== "preset-env") usage(`unknown stand-in ${which}`);
        args.lowering = which;
        break;
      }
      case "--es5": {
        const share = Number(value());
        if (!(share >= 0 && share <= 1)) usage("--es5 needs a number between 0 and 1");
        args.es5Share = share;
        break;
      }
      case "--code":
        args.code = true;
        break;
      case "--without":
        for (const name of value().split(",")) {
          const feature = FEATURES.find((f) => f === name);
          if (feature === undefined) usage(`unknown feature ${name}; known: ${FEATURES.join(", ")}`);
          args.without.push(feature);
        }
        break;
      case "--mutants":
        args.mutants = true;
        break;
      case "--print":
        args.print = true;
        break;
      case "--out":
        args.out = value();
        break;
      default:
        usage(`unknown argument ${String(flag)}`);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const generation: Generation = { shape: { ...defaultShape, kinds: args.kinds, depth: args.depth }, es5Share: args.es5Share, without: args.without };
const first = args.index ?? args.first;
const end = args.index === null ? args.first + args.runs : args.index + 1;

if (args.print) {
  for (let index = first; index < end; index++) {
    const c = caseAt(args.seed, index, generation);
    console.log(`// ---- program ${index}${c.es5 ? " (ES5 mode)" : ""}\n${printCase(c)}`);
  }
  process.exit(0);
}
const workerCount = args.index !== null ? 0 : Math.min(args.workers, args.runs);
console.log(
  `fuzz: programs ${first}..${end - 1} of seed ${args.seed}, kinds ${args.kinds.join("/")}, lowering ${args.lowering === "plugin" ? "babel-plugin-slot-machine" : `${args.lowering} stand-in`}, ES5 share ${args.es5Share}${args.without.length > 0 ? `, without ${args.without.join(",")}` : ""}, ${workerCount === 0 ? "in this thread" : `${workerCount} worker thread${workerCount === 1 ? "" : "s"}`}${args.keepGoing ? ", keep going" : ""}`,
);
const started = Date.now();
const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1);

if (args.mutants) {
  const report = await runMutants({
    programs: args.runs,
    seed: args.seed,
    generation,
    onMutant: (done, total, killed) => {
      if (done % 20 === 0 || done === total) console.log(`  ${done}/${total} mutants, ${killed} killed`);
    },
  });
  console.log(`mutants: ${report.killed} of ${report.sites.length} killed by ${report.programs} programs (${seconds()} s)`);
  for (const site of report.survivors) console.log(`  survived: ${site.from} -> ${site.to} in ${site.helper.slice(0, 40)}... at ${site.index}: ${site.context}`);
  process.exit(0);
}

/** A checker: this thread, or one worker thread; both answer one message at a time. */
interface Checker {
  check(index: number): Promise<Extract<FromWorker, { type: "checked" }>>;
  reduce(index: number): Promise<Reduction>;
  close(): Promise<void>;
}

const setup: WorkerSetup = { seed: args.seed, generation, lowering: args.lowering, shrinkBudget: 300, minimizeBudget: 400 };

function inThread(): Checker {
  return {
    async check(index) {
      const verdict = await checkIndex(args.seed, index, generation, args.lowering);
      return { type: "checked", index, ok: verdict.ok, signature: failureSignature(verdict), kind: failureKind(verdict), reason: verdict.ok ? null : (verdict.reason.split("\n")[0] ?? "") };
    },
    reduce: (index) => reduceFailure(args.seed, index, generation, args.lowering, setup),
    close: async () => undefined,
  };
}

function workerThread(): Checker {
  const worker = new Worker(new URL("../test/fuzz/worker.js", import.meta.url), { workerData: setup });
  let pending: ((message: FromWorker) => void) | null = null;
  worker.on("message", (message: FromWorker) => {
    const resolve = pending;
    pending = null;
    resolve?.(message);
  });
  worker.on("error", (error) => {
    console.error(`fuzz: a worker thread died: ${error.stack ?? error.message}`);
    process.exit(1);
  });
  const ask = (message: ToWorker): Promise<FromWorker> =>
    new Promise((resolve) => {
      pending = resolve;
      worker.postMessage(message);
    });
  return {
    async check(index) {
      const answer = await ask({ type: "check", index });
      if (answer.type !== "checked") throw new Error("worker answered out of turn");
      return answer;
    },
    async reduce(index) {
      const answer = await ask({ type: "reduce", index });
      if (answer.type !== "reduced") throw new Error("worker answered out of turn");
      return answer.reduction;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

const checkers = workerCount === 0 ? [inThread()] : Array.from({ length: workerCount }, workerThread);

// Hand out indices in order to whichever checker is free. Without --keep-going, once a program
// fails no index above it is handed out, and the lowest failing index is the one reported:
// the same one a single thread checking in order would have stopped at.
const failures = new Map<number, { signature: string; kind: string; reason: string }>();
let nextIndex = first;
let checked = 0;
let lastReport = Date.now();
// Ctrl-C (SIGINT) ends a hunt cleanly: no new programs, the ones in flight finish, then the
// summary and the reductions as if the run had been that long.
let interrupted = false;
process.once("SIGINT", () => {
  interrupted = true;
  console.log("fuzz: interrupted; finishing the programs in flight");
});
const stopAt = (): number => (interrupted ? nextIndex : args.keepGoing || failures.size === 0 ? end : Math.min(...failures.keys()));
const progress = (): void => {
  const elapsed = (Date.now() - started) / 1000;
  console.log(`  ${checked}/${end - first} programs, ${(checked / elapsed).toFixed(2)} programs/s, ${failures.size} failing (${elapsed.toFixed(0)} s)`);
};
await Promise.all(
  checkers.map(async (checker) => {
    while (nextIndex < stopAt()) {
      const index = nextIndex++;
      const answer = await checker.check(index);
      checked++;
      if (!answer.ok) {
        failures.set(index, { signature: answer.signature ?? "?", kind: answer.kind ?? "?", reason: answer.reason ?? "?" });
        console.log(`  program ${index} fails: ${answer.kind ?? "?"}  (replay: --seed ${args.seed} --index ${index})`);
      }
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        progress();
      }
    }
  }),
);
const rate = `${(checked / ((Date.now() - started) / 1000)).toFixed(2)} programs/s`;

if (failures.size === 0) {
  console.log(`fuzz: ${checked} programs (${first}..${first + checked - 1}), no divergence (${seconds()} s, ${rate})`);
  await Promise.all(checkers.map((c) => c.close()));
  process.exit(0);
}

// Reduce the first failing program of each kind of failure (only the first one without
// --keep-going), spread over the checkers.
const firstOfEach = new Map<string, number>();
for (const index of [...failures.keys()].sort((a, b) => a - b)) {
  const { kind } = failures.get(index) as { kind: string };
  if (!firstOfEach.has(kind)) firstOfEach.set(kind, index);
}
const toReduce = args.keepGoing ? [...firstOfEach.values()].slice(0, args.reduceAtMost) : [Math.min(...failures.keys())];
console.log(`fuzz: ${failures.size} of ${checked} programs failed (${seconds()} s, ${rate}); reducing program${toReduce.length === 1 ? "" : "s"} ${toReduce.join(", ")}`);
if (args.keepGoing) {
  for (const [kind, index] of firstOfEach) {
    const all = [...failures].filter(([, f]) => f.kind === kind).map(([i]) => i).sort((a, b) => a - b);
    console.log(`  ${kind}: ${all.length} program${all.length === 1 ? "" : "s"} (${all.slice(0, 20).join(", ")}${all.length > 20 ? ", ..." : ""}); first ${index}`);
  }
}
const queue = [...toReduce];
const reductions = new Map<number, Reduction>();
await Promise.all(
  checkers.map(async (checker) => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) reductions.set(index, await checker.reduce(index));
  }),
);
await Promise.all(checkers.map((c) => c.close()));
let flaky = false;
for (const index of toReduce) {
  const reduction = reductions.get(index) as Reduction;
  if (reduction.verdict.ok) {
    console.log(`fuzz: program ${index} failed, but passes when checked again (flaky?) — --seed ${args.seed} --index ${index}`);
    flaky = true;
    continue;
  }
  console.log(
    `\nfuzz: program ${index} (--seed ${args.seed} --index ${index}); fast-check shrank it ${reduction.numShrinks} times (${reduction.shrinkChecks} checks), the tree minimizer ${reduction.minimizeSteps} more (${reduction.minimizeChecks} checks)`,
  );
  console.log(describeFailure(reduction.verdict, args.code));
  if (args.out !== null) {
    const file = toReduce.length === 1 ? args.out : args.out.replace(/(\.js)?$/, `-${index}.js`);
    writeFileSync(file, runnable(reduction.verdict.code));
    console.log(`fuzz: full program written to ${file}`);
  }
}
void flaky;
process.exit(1);
