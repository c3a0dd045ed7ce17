/**
 * Up-front work done once per run, before any timing: load each variant's lowering,
 * transform every workload program with it, and lower every corpus to measure output sizes.
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
import { countUnlowered, loadLowering, type Lowering, type VariantName } from "./variants.js";
import type { CorpusWorkload, Workload } from "./workloads.js";

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
  lowerings: Map<VariantName, Lowering>;
  /** Variants that could not be loaded at all, with the reason. */
  unavailable: Map<VariantName, string>;
  /** Keyed by `${workload name}|${variant}`. */
  programs: Map<string, PreparedProgram>;
  corpora: Map<string, PreparedCorpus>;
}

export const pairKey = (workload: string, variant: VariantName): string => `${workload}|${variant}`;

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

function prepareProgram(file: string, lowering: Lowering, fresh: boolean): PreparedProgram {
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

export async function prepare(
  workloads: readonly Workload[],
  variants: readonly VariantName[],
  pluginPath: string,
  fresh: boolean,
  log: (line: string) => void,
): Promise<Prepared> {
  mkdirSync(cacheDir, { recursive: true });
  const prepared: Prepared = { lowerings: new Map(), unavailable: new Map(), programs: new Map(), corpora: new Map() };
  for (const variant of variants) {
    try {
      prepared.lowerings.set(variant, await loadLowering(variant, pluginPath));
    } catch (error) {
      prepared.unavailable.set(variant, `could not load: ${firstLine(error)}`);
    }
  }
  // Two workloads may share one program file; it is lowered once per variant.
  const byFile = new Map<string, PreparedProgram>();
  const corpusInputs = new Map<string, { path: string; files: CorpusFile[] } | string>();
  for (const workload of workloads) {
    if (workload.kind !== "corpus") continue;
    try {
      corpusInputs.set(workload.name, prepareCorpusInput(workload, fresh));
    } catch (error) {
      corpusInputs.set(workload.name, `preset-env could not prepare the corpus: ${firstLine(error)}`);
    }
  }
  for (const [variant, lowering] of prepared.lowerings) {
    for (const workload of workloads) {
      if (workload.kind === "corpus") {
        const input = corpusInputs.get(workload.name)!;
        if (typeof input === "string") {
          prepared.corpora.set(pairKey(workload.name, variant), { inputPath: null, sizes: null, problem: input, files: 0, lines: 0 });
          continue;
        }
        const started = performance.now();
        const corpus = await prepareCorpus(workload, input, lowering, fresh);
        prepared.corpora.set(pairKey(workload.name, variant), corpus);
        const took = performance.now() - started;
        if (took > 1000) log(`  prepared ${workload.name} × ${variant} in ${(took / 1000).toFixed(1)} s`);
      } else {
        const fileKey = pairKey(workload.file, variant);
        const program = byFile.get(fileKey) ?? prepareProgram(workload.file, lowering, fresh);
        byFile.set(fileKey, program);
        prepared.programs.set(pairKey(workload.name, variant), program);
      }
    }
  }
  return prepared;
}
