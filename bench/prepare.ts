/**
 * Up-front work done once per run, before any timing: load each variant's lowering,
 * transform every workload program with it, and lower every corpus to measure output sizes.
 * One variant is prepared per process (prepare-child.ts); the runner merges the results.
 *
 * Invariants: each (program, variant) pair is transformed at most once per run and its
 * output is written to the cache folder under a name that contains a hash of the source and
 * of the lowering's fingerprint, so a cached file is reused only when it would be rebuilt
 * byte for byte; a variant that cannot load, throws while lowering, or leaves generator or
 * async functions in its output is recorded with the reason and never measured for that
 * workload (its figures would otherwise be native figures under another name).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureSizes, prepareCorpusInput, type CorpusFile, type Sizes } from "./corpus.js";
import { cacheDir, workloadDir } from "./paths.js";
import { loadLowering, loadUnloweredCounter, type Lowering, type VariantName } from "./variants.js";
import type { CorpusWorkload, Workload } from "./workloads.js";

type UnloweredCounter = (code: string, module: boolean) => number;

export interface PreparedProgram {
  /** The transformed program, or null when `problem` says why there is none. */
  path: string | null;
  problem: string | null;
  bytes: number;
}

export interface PreparedCorpus {
  /** The common ES5-except-generators input, as JSON, for the measuring child. */
  inputPath: string | null;
  sizes: Sizes | null;
  problem: string | null;
  files: number;
  lines: number;
}

export interface Prepared {
  /** Tools and versions of each variant that loaded. */
  labels: Map<VariantName, string>;
  /** Variants that could not be loaded at all, with the reason. */
  unavailable: Map<VariantName, string>;
  /** Keyed by `${workload name}|${variant}`. */
  programs: Map<string, PreparedProgram>;
  corpora: Map<string, PreparedCorpus>;
}

export const pairKey = (workload: string, variant: string): string => `${workload}|${variant}`;

function hashOf(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Writes through a temporary name so a concurrent or interrupted run never sees half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 300);
}

function prepareProgram(file: string, lowering: Lowering, countUnlowered: UnloweredCounter, fresh: boolean): PreparedProgram {
  const source = readFileSync(join(workloadDir, file), "utf8");
  const base = file.replace(/\.[cm]?js$/, "");
  const path = join(cacheDir, `${base}.${lowering.name}.${hashOf(source, lowering.fingerprint)}.cjs`);
  if (!fresh && existsSync(path)) {
    return { path, problem: null, bytes: readFileSync(path).length };
  }
  let output: string;
  try {
    output = lowering.transform(source, { filename: file, module: false });
  } catch (error) {
    return { path: null, problem: `lowering threw: ${firstLine(error)}`, bytes: 0 };
  }
  if (lowering.name !== "native") {
    const left = countUnlowered(output, false);
    if (left > 0) {
      return {
        path: null,
        problem: `output still contains ${left} generator/async function(s): not lowered`,
        bytes: 0,
      };
    }
  }
  writeAtomically(path, output);
  return { path, problem: null, bytes: Buffer.byteLength(output) };
}

async function prepareCorpus(
  workload: CorpusWorkload,
  input: { path: string; files: CorpusFile[] },
  lowering: Lowering,
  countUnlowered: UnloweredCounter,
  fresh: boolean,
): Promise<PreparedCorpus> {
  const files = input.files;
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  const key = hashOf(lowering.fingerprint, ...files.flatMap((file) => [file.name, file.code]));
  const path = join(cacheDir, `${workload.name}.${lowering.name}.${key}.json`);
  if (!fresh && existsSync(path)) {
    const cached = JSON.parse(readFileSync(path, "utf8")) as Omit<PreparedCorpus, "inputPath">;
    return { ...cached, inputPath: input.path };
  }
  const outputs: string[] = [];
  const failures: string[] = [];
  let unlowered = 0;
  for (const file of files) {
    try {
      const output = lowering.transform(file.code, { filename: file.name, module: workload.module });
      if (lowering.name !== "native") unlowered += countUnlowered(output, workload.module);
      outputs.push(output);
    } catch (error) {
      failures.push(`${file.name}: ${firstLine(error)}`);
    }
  }
  let result: Omit<PreparedCorpus, "inputPath">;
  if (failures.length > 0) {
    result = { sizes: null, problem: `${failures.length} of ${files.length} files failed, first: ${failures[0]}`, files: files.length, lines };
  } else if (unlowered > 0) {
    result = { sizes: null, problem: `output still contains ${unlowered} generator/async function(s): not lowered`, files: files.length, lines };
  } else {
    try {
      result = { sizes: await measureSizes(outputs, workload.module), problem: null, files: files.length, lines };
    } catch (error) {
      result = { sizes: null, problem: `terser failed on the output: ${firstLine(error)}`, files: files.length, lines };
    }
  }
  writeAtomically(path, JSON.stringify(result));
  return { ...result, inputPath: input.path };
}

/** Everything one variant's preparation produced; plain data, so a child can send it back. */
export interface VariantPreparation {
  variant: VariantName;
  /** Tools and versions, or null when the variant could not be loaded. */
  label: string | null;
  unavailable: string | null;
  /** Keyed by workload name. */
  programs: Record<string, PreparedProgram>;
  corpora: Record<string, PreparedCorpus>;
}

/**
 * Lowers every workload and corpus with one variant. Runs inside a prepare child (see
 * prepare-child.ts), so a lowering that hangs or crashes takes only its own process down.
 */
export async function prepareVariant(
  variant: VariantName,
  workloads: readonly Workload[],
  pluginPath: string,
  fresh: { outputs: boolean; corpusInput: boolean },
  log: (line: string) => void,
): Promise<VariantPreparation> {
  mkdirSync(cacheDir, { recursive: true });
  const result: VariantPreparation = { variant, label: null, unavailable: null, programs: {}, corpora: {} };
  let lowering: Lowering;
  try {
    lowering = await loadLowering(variant, pluginPath);
  } catch (error) {
    result.unavailable = `could not load: ${firstLine(error)}`;
    return result;
  }
  result.label = lowering.label;
  const countUnlowered = await loadUnloweredCounter();
  // Two workloads may share one program file; it is lowered once.
  const byFile = new Map<string, PreparedProgram>();
  for (const workload of workloads) {
    if (workload.kind !== "corpus") {
      const program = byFile.get(workload.file) ?? prepareProgram(workload.file, lowering, countUnlowered, fresh.outputs);
      byFile.set(workload.file, program);
      result.programs[workload.name] = program;
      continue;
    }
    let input: { path: string; files: CorpusFile[] };
    try {
      // Cached on disk, so only the first variant of a run pays for preset-env.
      input = await prepareCorpusInput(workload, fresh.corpusInput);
    } catch (error) {
      const problem = `preset-env could not prepare the corpus: ${firstLine(error)}`;
      result.corpora[workload.name] = { inputPath: null, sizes: null, problem, files: 0, lines: 0 };
      continue;
    }
    const started = performance.now();
    result.corpora[workload.name] = await prepareCorpus(workload, input, lowering, countUnlowered, fresh.outputs);
    const took = performance.now() - started;
    if (took > 1000) log(`bench: lowered ${workload.name} with ${variant} and measured its size in ${(took / 1000).toFixed(1)} s`);
  }
  return result;
}

/** Merges per-variant preparations into the lookup tables the runner uses. */
export function mergePreparations(preparations: readonly VariantPreparation[]): Prepared {
  const prepared: Prepared = { labels: new Map(), unavailable: new Map(), programs: new Map(), corpora: new Map() };
  for (const preparation of preparations) {
    if (preparation.unavailable !== null) prepared.unavailable.set(preparation.variant, preparation.unavailable);
    if (preparation.label !== null) prepared.labels.set(preparation.variant, preparation.label);
    for (const [name, program] of Object.entries(preparation.programs)) {
      prepared.programs.set(pairKey(name, preparation.variant), program);
    }
    for (const [name, corpus] of Object.entries(preparation.corpora)) {
      prepared.corpora.set(pairKey(name, preparation.variant), corpus);
    }
  }
  return prepared;
}
