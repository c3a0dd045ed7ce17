/**
 * `--engine hermes|duktape`: the timing workloads on an engine other than Node. Each
 * (workload, row) becomes one self-contained script (engine-harness.ts) run by the engine's
 * own binary, a fresh process per sample, rows interleaved round by round as on Node:
 *
 *   native        the workload as written, where the engine has its syntax
 *   hand-written  the ES5 iterator-object floor (workloads that have one)
 *   regenerator   the regenerator variant's lowered program (runtime inlined)
 *   slot-machine  this plugin's lowered program (runtime inlined)
 *
 * Lowered programs come from the same preparation as on Node (prepare.ts, the same cache);
 * for an ES5 engine the program is then brought down to ES5 by preset-env with the three
 * generator/async transforms excluded (there is nothing left for them to do), which lowers
 * the workload's own let/const/for-of and any newer syntax in an inlined runtime.
 *
 * Invariants: Node's native run is the checksum reference for every row on every engine;
 * a row that disagrees is flagged (slot-machine is dropped for the workload, as on Node);
 * a workload the engine cannot run is listed with the reason, never dropped silently;
 * memory and corpus workloads are Node-only (they read V8's heap counters or time Babel);
 * a missing engine prints how to install it and is not an error.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Options } from "./args.js";
import { engineScript } from "./engine-harness.js";
import { withJobLoop } from "./job-loop.js";
import { instructionsPerOperation, valgrindVersion, VALGRIND_INSTALL } from "./instructions.js";
import { FOREIGN_ENGINES, type ForeignEngine, type ForeignEngineName } from "./engines.js";
import { pairKey, type Prepared } from "./prepare.js";
import { cacheDir, workloadDir } from "./paths.js";
import type { ChildReply } from "./protocol.js";
import { buildReports, describeMachine, formatMarkdown, formatText, recordSample, type PairOutcome, type RowName } from "./report.js";
import { runCommand } from "./spawn.js";
import { formatNumber } from "./stats.js";
import { loadEs5ExceptGenerators } from "./downlevel.js";
import type { VariantName } from "./variants.js";
import type { TimeWorkload, Workload } from "./workloads.js";

/** Rows in the order they run and are printed; typescript is measured on Node only. */
const ENGINE_ROWS: readonly RowName[] = ["native", "hand-written", "regenerator", "slot-machine"];

/** What the engine run borrows from the Node runner. */
export interface NodeSide {
  /** Lowers the workloads with the variants (prepare children, transform cache). */
  prepare(workloads: readonly Workload[], variants: readonly VariantName[]): Promise<Prepared>;
  /** Native checksum of a workload on Node, or the reason there is none. */
  referenceChecksum(workload: TimeWorkload): Promise<number | string | { error: string }>;
  log(line: string): void;
  revision: string;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.slice(0, 300);
}

function errorText(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

/** Which rows the selection keeps: hand-written follows native (it is native's floor). */
function rowsFor(variants: readonly VariantName[]): RowName[] {
  return ENGINE_ROWS.filter((row) => (row === "hand-written" ? variants.includes("native") : variants.includes(row)));
}

/** An async workload on an engine without Promise runs on a polyfill and a job loop (job-loop.ts). */
function needsJobLoop(engine: ForeignEngine, workload: TimeWorkload): boolean {
  return workload.needs !== "generator" && !engine.promises;
}

/** Why a row of a runnable workload is not run on `engine` (shown in its table), or null. */
function rowProblem(engine: ForeignEngine, workload: TimeWorkload, row: RowName): string | null {
  if (row === "native" && !engine.has.has(workload.needs)) return `${engine.name} has no native ${workload.needs} syntax`;
  return null;
}

/** The rows a workload has: the hand-written floor only where one is written. */
function rowsOf(workload: TimeWorkload, rows: readonly RowName[]): RowName[] {
  return rows.filter((row) => row !== "hand-written" || workload.handWritten !== undefined);
}

function writeScript(text: string, name: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  const path = join(cacheDir, `${name}.${hash}.js`);
  writeFileSync(path, text);
  return path;
}

export async function runOnEngine(
  name: ForeignEngineName,
  selected: { workloads: readonly Workload[]; variants: readonly VariantName[] },
  options: Options,
  node: NodeSide,
): Promise<void> {
  const engine = FOREIGN_ENGINES[name];
  const found = engine.locate();
  if (found === null) {
    node.log(`bench: ${name} skipped: not installed; install it with: ${engine.install}`);
    return;
  }
  const leftOut = selected.workloads.filter((workload) => workload.kind !== "time");
  if (leftOut.length > 0) {
    node.log(`bench: ${name}: ${leftOut.map((workload) => workload.name).join(", ")} run on node only (memory and corpus workloads measure V8's heap or Babel)`);
  }
  const rows = rowsFor(selected.variants);
  const runnable: TimeWorkload[] = [];
  const outcomes = new Map<string, PairOutcome>();
  for (const workload of selected.workloads) {
    if (workload.kind !== "time") continue;
    if (needsJobLoop(engine, workload)) node.log(`bench: ${name}: ${workload.name} runs on core-js's Promise and a job loop (${name} has no Promise; the same for every row)`);
    runnable.push(workload);
  }
  if (runnable.length === 0) {
    node.log(`bench: ${name}: no selected workload runs on this engine`);
    return;
  }
  const valgrind = options.instructions ? valgrindVersion() : null;
  if (options.instructions && valgrind === null) {
    node.log(`bench: ${name}: --instructions skipped: valgrind is not installed; install it with: ${VALGRIND_INSTALL}`);
    return;
  }
  node.log(options.instructions
    ? `bench: ${name} (${found.version}): ${runnable.length} workloads × ${rows.length} rows, instructions counted by ${valgrind}`
    : `bench: ${name} (${found.version}): ${runnable.length} workloads × ${rows.length} rows × ${options.rounds} rounds`);

  const lowered = rows.filter((row): row is VariantName => row === "regenerator" || row === "slot-machine");
  const prepared = await node.prepare(runnable, lowered);
  const toEs5 = engine.es5 ? await loadEs5ExceptGenerators() : null;

  // One script per (workload, row), built before any timing.
  const scripts = new Map<string, string>();
  // --instructions: the check run at the workload's check size and at a tenth of it.
  const countScripts = new Map<string, { large: string; small: string }>();
  const references = new Map<string, number | string>();
  for (const workload of runnable) {
    const reference = await node.referenceChecksum(workload);
    if (typeof reference === "object") node.log(`bench: node reference run of ${workload.name} failed: ${reference.error}`);
    else references.set(workload.name, reference);
    for (const row of rowsOf(workload, rows)) {
      const outcome: PairOutcome = { workload, variant: row, samples: new Map(), sizes: null, skipped: null, mismatch: null, checksum: null };
      outcomes.set(pairKey(workload.name, row), outcome);
      outcome.skipped = rowProblem(engine, workload, row);
      if (outcome.skipped !== null) {
        node.log(`bench: ${name}: ${workload.name} × ${row}: ${outcome.skipped}`);
        continue;
      }
      try {
        let program: string;
        if (row === "native") program = readFileSync(join(workloadDir, workload.file), "utf8");
        else if (row === "hand-written") program = readFileSync(join(workloadDir, workload.handWritten!), "utf8");
        else {
          const lowering = prepared.unavailable.get(row) ?? null;
          const pair = prepared.programs.get(pairKey(workload.name, row));
          if (lowering !== null || pair?.path == null) throw new Error(lowering ?? pair?.problem ?? "not prepared");
          program = readFileSync(pair.path, "utf8");
        }
        if (toEs5 !== null) program = toEs5(program, { filename: `${workload.name}.${row}.js`, module: false });
        const framed = needsJobLoop(engine, workload) ? withJobLoop : async (script: string) => script;
        const text = await framed(engineScript(program, workload, { mode: "measure", warmupMs: options.warmupMs, budgetMs: options.budgetMs }));
        scripts.set(pairKey(workload.name, row), writeScript(text, `engine-${name}-${workload.name}-${row}`));
        if (options.instructions) {
          const counted = async (size: number) =>
            writeScript(await framed(engineScript(program, workload, { mode: "check", warmupMs: 0, budgetMs: 0, checkSize: size })), `count-${name}-${workload.name}-${row}`);
          countScripts.set(pairKey(workload.name, row), { large: await counted(workload.checkSize), small: await counted(Math.floor(workload.checkSize / 10)) });
        }
      } catch (error) {
        outcome.skipped = `could not build the ${name} script: ${errorText(error)}`;
        node.log(`bench: ${name}: ${workload.name} × ${row}: ${outcome.skipped}`);
      }
    }
  }

  const timeoutMs = 60_000 + 4 * (options.budgetMs + options.warmupMs);
  // Promise jobs as ES microtasks (Hermes: -Xmicrotask-queue), as npm run test:engines runs them.
  const argsFor = (script: string): string[] => [...engine.microtaskFlags, ...engine.args(script)];
  /**
   * One pass over every (workload, row) still measured: `reply` gives a sample, recorded as on
   * Node (checksum checked); a failure drops the row with `failure` as the reason.
   */
  const pass = async (label: string, failure: string, reply: (workload: TimeWorkload, key: string) => Promise<ChildReply>): Promise<void> => {
    for (const workload of runnable) {
      const progress: string[] = [];
      for (const row of rowsOf(workload, rows)) {
        const key = pairKey(workload.name, row);
        const outcome = outcomes.get(key)!;
        if (outcome.skipped !== null) continue;
        const result = await reply(workload, key);
        if (!result.ok) {
          outcome.skipped = `${failure}: ${firstLine(result.error)}`;
          outcome.samples.clear();
          node.log(`bench: ${name}: ${workload.name} × ${row} ${outcome.skipped}`);
          continue;
        }
        const why = recordSample(outcome, result, references.get(workload.name), "node native");
        if (why !== null) node.log(`bench: WARNING ${name}: ${workload.name} × ${row}: ${why}`);
        if (outcome.skipped !== null) continue;
        progress.push(`${row} ${result.figures.map((figure) => formatNumber(figure.value)).join("/")}`);
      }
      if (progress.length > 0) node.log(`${name} ${label}  ${workload.name.padEnd(19)} ${progress.join("  ")}`);
    }
  };
  if (options.instructions) {
    await pass("instructions", "failed under callgrind", async (workload, key) => {
      const counted = await instructionsPerOperation(found.executable, argsFor, countScripts.get(key)!, workload.checkSize, 600_000);
      if (!counted.ok) return { ok: false, error: counted.error };
      if (!counted.value.reply.ok) return counted.value.reply;
      return { ...counted.value.reply, figures: [{ label: `instructions per ${workload.unit}`, value: counted.value.perOperation, better: "lower" }] };
    });
  } else {
    for (let round = 1; round <= options.rounds; round++) {
      await pass(`round ${round}/${options.rounds}`, `failed in round ${round}`, async (_workload, key) => {
        const reply = await runCommand<ChildReply>(found.executable, argsFor(scripts.get(key)!), { timeoutMs });
        return reply.ok ? reply.value : { ok: false, error: reply.error };
      });
    }
  }

  const reports = buildReports([...outcomes.values()]);
  const machine = describeMachine();
  if (options.json) {
    const document = {
      engine: { name, version: found.version },
      machine,
      settings: { rounds: options.rounds, budgetMs: options.budgetMs, warmupMs: options.warmupMs, pluginPath: options.pluginPath, revision: node.revision },
      rows,
      workloads: runnable.map((workload) => ({ name: workload.name, kind: workload.kind, summary: workload.summary })),
      results: reports,
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const header = [
    "",
    `== engine ${name}: ${found.version}`,
    `${machine.date}  ${machine.cpu}, nproc ${machine.nproc}, ${machine.memoryGiB} GiB, ${machine.platform}`,
    options.instructions
      ? `machine instructions per operation, counted by ${valgrind} (callgrind): (count at the check size − count at a tenth of it) / the difference in operations; one run per row, deterministic.`
      : `${options.rounds} rounds, each sample a fresh ${name} process timed inside the engine with Date.now(): ${options.warmupMs} ms warm-up + ${options.budgetMs} ms measured.`,
    `package ${node.revision}; lowered programs as on node${engine.es5 ? ", then brought to ES5 by preset-env (generator/async transforms excluded)" : ""}; checksums compared with node native.`,
  ];
  process.stdout.write(`${header.join("\n")}\n${formatText(runnable, reports)}\n`);
  if (options.markdown) {
    const table = formatMarkdown(runnable, rows, reports, machine, options.rounds, node.revision).split("\n");
    table[0] = options.instructions
      ? `Counted ${machine.date.slice(0, 10)} (package ${node.revision}) on ${name} (${found.version}), ${machine.platform}: machine instructions per operation under callgrind (${valgrind}); ratios are that count over native's (over regenerator's, for slot-machine; over the hand-written floor's, where there is one).`
      : `Measured ${machine.date.slice(0, 10)} (package ${node.revision}) on ${name} (${found.version}), ${machine.cpu}, nproc ${machine.nproc}, ${machine.platform}; each cell the median of ${options.rounds} fresh ${name} processes (a sample is the median batch of its process, timed with Date.now() inside the engine); ratios are that median over native's (over regenerator's, for slot-machine; over the hand-written floor's, where there is one).`;
    process.stdout.write(`\n${table.join("\n")}\n`);
  }
}
