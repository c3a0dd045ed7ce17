/**
 * The registry of workloads: what each one runs, where its program lives and which figure
 * it reports. The programs themselves are plain JavaScript in bench/workloads/ so that every
 * variant compiles the very same source; this file only describes them.
 *
 * Invariants: names are unique and are what `--only` matches; every timing workload reports
 * one "ns per <unit>" figure; a workload's checksum depends only on its input size, never on
 * the variant or on timing, so variants can be compared for correctness.
 */

export interface TimeWorkload {
  kind: "time";
  name: string;
  /** Program file in bench/workloads/. */
  file: string;
  /** The unit one operation is counted in: "yield", "value", "resume", "await", "item". */
  unit: string;
  summary: string;
  /** Size of the correctness run whose checksum every variant must reproduce. */
  checkSize: number;
  /** First batch size tried while calibrating; doubled until one batch takes long enough. */
  startSize: number;
  /**
   * The newest function kind the program uses: an engine runs the native row only when it
   * has that syntax, and async workloads need a Promise and a job queue in the engine.
   */
  needs: "generator" | "async" | "async-generator";
  /** A hand-written ES5 program doing the same work without generators: the floor row. */
  handWritten?: string;
}

export interface MemoryWorkload {
  kind: "memory";
  name: string;
  file: string;
  /** Exported function taking the probe (gc, heap and array-buffer counters). */
  entry: string;
  summary: string;
}

export interface CorpusWorkload {
  kind: "corpus";
  name: string;
  /** Installed package whose files are lowered. */
  packageName: string;
  /** Folder inside the package; every .js file below it (not .min.js) is part of the corpus. */
  folder: string;
  /** ES modules rather than CommonJS scripts. */
  module: boolean;
  summary: string;
}

export type Workload = TimeWorkload | MemoryWorkload | CorpusWorkload;

export const WORKLOADS: readonly Workload[] = [
  {
    kind: "time",
    name: "for-of",
    file: "for-of.cjs",
    unit: "yield",
    summary: "generator yielding 0..N-1, consumed by for-of",
    checkSize: 10_000,
    startSize: 1_000,
    needs: "generator",
    handWritten: "for-of.hand-written.cjs",
  },
  {
    kind: "time",
    name: "yield-star",
    file: "yield-star.cjs",
    unit: "value",
    summary: "yield* through 8 nested generators",
    checkSize: 5_000,
    startSize: 500,
    needs: "generator",
  },
  {
    kind: "time",
    name: "try-finally",
    file: "try-finally.cjs",
    unit: "yield",
    summary: "yield inside try/catch/finally inside a loop",
    checkSize: 10_000,
    startSize: 1_000,
    needs: "generator",
  },
  {
    kind: "time",
    name: "many-locals",
    file: "phases.cjs",
    unit: "resume",
    summary: "a dozen locals in four phases, many short-lived instances",
    checkSize: 2_000,
    startSize: 200,
    needs: "generator",
  },
  {
    kind: "time",
    name: "await-value",
    file: "await-value.cjs",
    unit: "await",
    summary: "await of a resolved value in a loop",
    checkSize: 10_000,
    startSize: 1_000,
    needs: "async",
  },
  {
    kind: "time",
    name: "await-async",
    file: "await-async.cjs",
    unit: "await",
    summary: "await of another async function in a loop",
    checkSize: 10_000,
    startSize: 1_000,
    needs: "async",
  },
  {
    kind: "time",
    name: "for-await",
    file: "for-await.cjs",
    unit: "item",
    summary: "async generator consumed by for await",
    checkSize: 5_000,
    startSize: 500,
    needs: "async-generator",
  },
  {
    kind: "memory",
    name: "suspended-heap",
    file: "phases.cjs",
    entry: "heap",
    summary: "100,000 suspended many-locals instances: V8 heap after gc(), minus baseline",
  },
  {
    kind: "memory",
    name: "dead-buffer",
    file: "dead-buffer.cjs",
    entry: "retention",
    summary: "dead 1 MiB buffer in a local, 64 instances parked after it died",
  },
  {
    kind: "corpus",
    name: "corpus-babel-core",
    packageName: "@babel/core",
    folder: "lib",
    module: true,
    summary: "lowering @babel/core/lib (generator-heavy: gensync)",
  },
  {
    kind: "corpus",
    name: "corpus-webpack-cli",
    packageName: "webpack-cli",
    folder: "lib",
    module: false,
    summary: "lowering webpack-cli/lib (async-heavy CLI code)",
  },
];
