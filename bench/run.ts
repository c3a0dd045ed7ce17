/**
 * The benchmark runner: `node <outDir>/bench/run.js [options]` (see args.ts).
 *
 * 1. Lowers every selected workload program and corpus once per variant (prepare.ts),
 *    measuring corpus output sizes on the way.
 * 2. For each round, for each workload, runs the variants one after another (native,
 *    regenerator, typescript, slot-machine, then again next round), each in its own
 *    `node --expose-gc` process, so drift in machine load spreads over all variants alike
 *    and no variant inherits JIT state or heap from another.
 * 3. Prints medians, min–max and ratios against native and against regenerator.
 *
 * Invariants: native is the correctness reference: a variant whose checksum differs from
 * native's is flagged (and slot-machine, the variant under construction, is dropped for that
 * workload with the reason); a variant that cannot load or lower is reported with the
 * reason, never silently measured as something else; the exit code never depends on timings.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs, USAGE, type Options } from "./args.js";
import type { Sizes } from "./corpus.js";
import { mergePreparations, pairKey, type Prepared, type VariantPreparation } from "./prepare.js";
import { runOnEngine } from "./engine-run.js";
import { cacheDir, childScript, packageRoot, prepareChildScript, workloadDir } from "./paths.js";
import type { ChildReply, ChildRequest, PrepareRequest } from "./protocol.js";
import { runEntry } from "./spawn.js";
import { buildReports, describeMachine, formatMarkdown, formatText, recordSample, type PairOutcome, type RowName } from "./report.js";
import { formatNumber } from "./stats.js";
import { es5Fingerprint } from "./downlevel.js";
import { VARIANT_NAMES, type VariantName } from "./variants.js";
import { WORKLOADS, type Workload } from "./workloads.js";

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Applies --only: terms that match a workload filter workloads, the rest filter variants. */
function select(options: Options): { workloads: Workload[]; variants: VariantName[] } {
  const matches = (name: string): boolean => options.only.some((term) => name.includes(term));
  const workloadTerms = options.only.filter((term) => WORKLOADS.some((workload) => workload.name.includes(term)));
  const variantTerms = options.only.filter((term) => VARIANT_NAMES.some((variant) => variant.includes(term)));
  const unknown = options.only.filter((term) => !workloadTerms.includes(term) && !variantTerms.includes(term));
  if (unknown.length > 0) {
    throw new Error(
      `--only ${unknown.join(",")} matches no workload (${WORKLOADS.map((w) => w.name).join(", ")}) and no variant (${VARIANT_NAMES.join(", ")})`,
    );
  }
  const workloads = workloadTerms.length === 0 ? [...WORKLOADS] : WORKLOADS.filter((workload) => matches(workload.name));
  const variants = variantTerms.length === 0 ? [...VARIANT_NAMES] : VARIANT_NAMES.filter((variant) => matches(variant));
  return { workloads, variants };
}

async function runChild(request: ChildRequest, timeoutMs: number): Promise<ChildReply> {
  const reply = await runEntry<ChildReply>(childScript, request, { timeoutMs, nodeFlags: ["--expose-gc"] });
  return reply.ok ? reply.value : { ok: false, error: reply.error };
}

/** One prepare child per variant, one after another (they would only fight over 2 cores). */
async function prepareAll(workloads: readonly Workload[], variants: readonly VariantName[], options: Options): Promise<Prepared> {
  const preparations: VariantPreparation[] = [];
  for (const variant of variants) {
    const request: PrepareRequest = {
      variant,
      workloads: workloads.map((workload) => workload.name),
      pluginPath: options.pluginPath,
      fresh: options.fresh,
      freshCorpusInput: options.fresh && preparations.length === 0,
    };
    const reply = await runEntry<VariantPreparation>(prepareChildScript, request, { timeoutMs: 300_000, forwardStderr: true });
    if (reply.ok) preparations.push(reply.value);
    else preparations.push({ variant, label: null, unavailable: `preparation failed: ${firstLine(reply.error)}`, programs: {}, corpora: {} });
  }
  return mergePreparations(preparations);
}

function timeoutFor(workload: Workload, options: Options): number {
  // A sample normally takes about warm-up + budget + one check run, well under two seconds;
  // the margin absorbs a loaded machine, while a miscompiled loop that never ends costs at
  // most this long once (the pair is dropped after a failure).
  const base = workload.kind === "corpus" ? 180_000 : 20_000;
  return base + 4 * (options.budgetMs + options.warmupMs);
}

/** Which source the measured plugin build came from, so published figures can be traced. */
function sourceRevision(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: packageRoot, encoding: "utf8" });
  if (head.status !== 0) return "unknown revision (not a git checkout)";
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "src"], { cwd: packageRoot, encoding: "utf8" });
  const changed = dirty.status === 0 && dirty.stdout.trim() !== "";
  return `commit ${head.stdout.trim()}${changed ? " with uncommitted changes in src/" : ""}`;
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.slice(0, 300);
}

async function main(): Promise<void> {
  let options: Options;
  let selection: { workloads: Workload[]; variants: VariantName[] };
  try {
    options = parseArgs(process.argv.slice(2));
    selection = select(options);
  } catch (error) {
    log(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    log(USAGE);
    return;
  }
  const revision = sourceRevision();
  for (const engine of options.engines) {
    if (engine === "node") {
      await runOnNode(options, selection, revision);
      continue;
    }
    await runOnEngine(engine, selection, options, {
      prepare: (chosen, chosenVariants) => prepareAll(chosen, chosenVariants, options),
      referenceChecksum: async (workload) => {
        const reply = await runChild(
          {
            workload: workload.name,
            variant: "native",
            programPath: join(workloadDir, workload.file),
            mode: "check",
            warmupMs: options.warmupMs,
            budgetMs: options.budgetMs,
            pluginPath: options.pluginPath,
          },
          timeoutFor(workload, options),
        );
        return reply.ok ? reply.checksum : { error: firstLine(reply.error) };
      },
      log,
      revision,
    });
  }
}

/** Everything on Node (V8): timing, memory and corpus workloads, as before engines existed. */
async function runOnNode(options: Options, selection: { workloads: Workload[]; variants: VariantName[] }, revision: string): Promise<void> {
  const { workloads, variants } = selection;
  const machine = describeMachine();
  log(`bench: ${workloads.length} workloads × ${variants.length} variants × ${options.rounds} rounds on ${machine.cpu}, nproc ${machine.nproc}, node ${machine.node}`);
  log(`bench: lowering up front (cache: ${cacheDir})`);

  // Native is always prepared: it is the reference for checksums even when not measured.
  const toPrepare: VariantName[] = variants.includes("native") ? variants : ["native", ...variants];
  const prepared: Prepared = await prepareAll(workloads, toPrepare, options);

  // The hand-written floor (workloads that have one) runs with native, right after it.
  const hasFloor = (workload: Workload): boolean => workload.kind === "time" && workload.handWritten !== undefined;
  const rowsWith = (floor: boolean): RowName[] =>
    variants.flatMap((variant): RowName[] => (variant === "native" && floor ? ["native", "hand-written"] : [variant]));
  const rowsOf = (workload: Workload): RowName[] => rowsWith(hasFloor(workload));
  const allRows = rowsWith(workloads.some(hasFloor));

  const outcomes = new Map<string, PairOutcome>();
  for (const workload of workloads) {
    for (const variant of variants) {
      let skipped = prepared.unavailable.get(variant) ?? null;
      let sizes: Sizes | null = null;
      if (skipped === null && workload.kind === "corpus") {
        const corpus = prepared.corpora.get(pairKey(workload.name, variant));
        skipped = corpus?.problem ?? null;
        sizes = corpus?.sizes ?? null;
      } else if (skipped === null) {
        skipped = prepared.programs.get(pairKey(workload.name, variant))?.problem ?? null;
      }
      if (skipped !== null) log(`bench: skipping ${workload.name} × ${variant}: ${skipped}`);
      outcomes.set(pairKey(workload.name, variant), {
        workload,
        variant,
        samples: new Map(),
        sizes,
        skipped,
        mismatch: null,
        checksum: null,
      });
      if (variant === "native" && hasFloor(workload)) {
        outcomes.set(pairKey(workload.name, "hand-written"), { workload, variant: "hand-written", samples: new Map(), sizes: null, skipped: null, mismatch: null, checksum: null });
      }
    }
  }

  const requestFor = (workload: Workload, row: RowName, mode: ChildRequest["mode"]): ChildRequest => ({
    workload: workload.name,
    // The floor is a plain program run as written, like native.
    variant: row === "hand-written" ? "native" : row,
    programPath:
      row === "hand-written" && workload.kind === "time"
        ? join(workloadDir, workload.handWritten!)
        : workload.kind === "corpus"
          ? (prepared.corpora.get(pairKey(workload.name, row))?.inputPath ?? null)
          : (prepared.programs.get(pairKey(workload.name, row))?.path ?? null),
    mode,
    warmupMs: options.warmupMs,
    budgetMs: options.budgetMs,
    pluginPath: options.pluginPath,
  });

  // Reference checksums, from native. Corpora have none: their outputs differ by design.
  const reference = new Map<string, number | string>();
  if (!variants.includes("native")) {
    for (const workload of workloads) {
      if (workload.kind === "corpus") continue;
      const reply = await runChild(requestFor(workload, "native", "check"), timeoutFor(workload, options));
      if (reply.ok) reference.set(workload.name, reply.checksum);
      else log(`bench: native reference run of ${workload.name} failed: ${firstLine(reply.error)}`);
    }
  }

  for (let round = 1; round <= options.rounds; round++) {
    for (const workload of workloads) {
      const progress: string[] = [];
      for (const variant of rowsOf(workload)) {
        const outcome = outcomes.get(pairKey(workload.name, variant))!;
        if (outcome.skipped !== null) continue;
        const reply = await runChild(requestFor(workload, variant, "measure"), timeoutFor(workload, options));
        if (!reply.ok) {
          outcome.skipped = `failed in round ${round}: ${firstLine(reply.error)}`;
          outcome.samples.clear();
          log(`bench: ${workload.name} × ${variant} ${outcome.skipped}`);
          continue;
        }
        // Corpus workloads lower code instead of running it: their checksum is not compared.
        if (workload.kind !== "corpus" && variant === "native" && !reference.has(workload.name)) reference.set(workload.name, reply.checksum);
        const expected = workload.kind === "corpus" ? undefined : reference.get(workload.name);
        const why = recordSample(outcome, reply, expected, "native");
        if (why !== null) log(`bench: WARNING ${workload.name} × ${variant}: ${why}`);
        if (outcome.skipped !== null) continue;
        progress.push(`${variant} ${reply.figures.map((figure) => formatNumber(figure.value)).join("/")}`);
      }
      if (progress.length > 0) log(`round ${round}/${options.rounds}  ${workload.name.padEnd(19)} ${progress.join("  ")}`);
    }
  }

  const all = [...outcomes.values()];
  const reports = buildReports(all);
  if (options.json) {
    const document = {
      machine,
      settings: {
        rounds: options.rounds,
        budgetMs: options.budgetMs,
        warmupMs: options.warmupMs,
        pluginPath: options.pluginPath,
        revision,
        corpusInput: es5Fingerprint,
      },
      variants: Object.fromEntries(
        variants.map((variant) => [variant, prepared.labels.get(variant) ?? prepared.unavailable.get(variant) ?? "?"]),
      ),
      workloads: workloads.map((workload) => ({ name: workload.name, kind: workload.kind, summary: workload.summary })),
      programs: Object.fromEntries([...prepared.programs].map(([key, program]) => [key, program.path ?? program.problem])),
      results: reports,
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const header = [
    `${machine.date}  ${machine.cpu}, nproc ${machine.nproc}, ${machine.memoryGiB} GiB, node ${machine.node} (V8 ${machine.v8}), ${machine.platform}`,
    `${options.rounds} rounds, each sample a fresh process: ${options.warmupMs} ms warm-up + ${options.budgetMs} ms measured (timing workloads).`,
    `package ${revision}`,
    ...variants.map((variant) => `  ${variant.padEnd(13)} ${prepared.labels.get(variant) ?? prepared.unavailable.get(variant) ?? ""}`),
    `  corpora are first brought to ES5 except generators/async by ${es5Fingerprint}; each variant lowers that.`,
  ];
  process.stdout.write(`${header.join("\n")}\n${formatText(workloads, reports)}\n`);
  if (options.markdown) {
    process.stdout.write(`\n${formatMarkdown(workloads, allRows, reports, machine, options.rounds, revision)}\n`);
  }
}

await main();
