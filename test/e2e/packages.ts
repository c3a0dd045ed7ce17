/**
 * The real packages the end-to-end suite lowers, each with the workload that exercises it.
 *
 * A package entry names the npm packages whose files are copied and lowered (their own
 * dependencies come along, found through package.json, and are lowered too when they hold a
 * generator or async function), which of those files are left as they are, and the workload:
 * a plain JS file under test/e2e/workloads/ that imports the packages by name and prints a
 * deterministic trace ending with the line `workload: <N> operations`.
 *
 * Invariants:
 * - Every package named here is a pinned devDependency (package.json, exact version), so the
 *   lowered code is the same on every machine.
 * - Workloads use no timers that race real time, no randomness and print no paths: the native
 *   and lowered traces must be byte-identical when the lowering is right.
 */
import type { Lowering } from "./lower-tree.js";

export interface E2ePackage {
  /** Row name in the table. */
  id: string;
  /** npm packages copied into the lowered tree; the first one's version is shown. */
  packages: readonly string[];
  /** Files (path relative to node_modules, with forward slashes) copied but not lowered. */
  keepAsIs?: RegExp;
  /** False: copy `packages` alone, not their dependencies (a self-contained bundle). */
  withDependencies?: boolean;
  /** Entry file under test/e2e/workloads/ (.cjs or .mjs: its format decides how it is loaded). */
  workload: string;
  /** Other workload files the entry loads by relative path (lowered with it). */
  workloadHelpers?: readonly string[];
  /**
   * The lowerings checked, one table row each (see Lowering in lower-tree.ts): by default the
   * plugin alone, beside @babel/preset-env, and with `runtime: "import"`.
   */
  rows?: readonly Lowering[];
  /**
   * A known plugin bug this package's workload hits, named as tracked in the issues: the
   * package is listed as skipped (with this note) unless asked for by `--only` or `--all`.
   * Remove it in the landing that fixes the bug.
   */
  blockedBy?: string;
}

export const e2ePackages: readonly E2ePackage[] = [
  {
    id: "streaming-iterables",
    packages: ["streaming-iterables"],
    // The package ships the same code twice (CommonJS and ESM); the workload loads the CJS copy.
    keepAsIs: /^streaming-iterables\/(dist\/index\.mjs|example\.js)$/,
    workload: "streaming-iterables.cjs",
  },
  {
    id: "ix",
    packages: ["ix"],
    // The CommonJS build is what the workload loads; the ESM copies and the minified bundles
    // are other builds of the same code.
    keepAsIs: /^ix\/.*(\.mjs|\.min\.js)$/,
    workload: "ix.cjs",
    // The largest tree: a third row would add half a minute for what smaller ones check.
    rows: ["plugin", "preset-env"],
  },
  {
    id: "js-csp",
    // Its main file is a webpack bundle of the library's ES2015 build (generators kept native);
    // lib/latest/ holds the same modules unbundled, and dist/ a minified copy. The bundle
    // requires nothing: its declared dependencies (babel-runtime, lodash) are not loaded.
    packages: ["js-csp"],
    withDependencies: false,
    keepAsIs: /^js-csp\/(lib\/latest|dist)\//,
    workload: "js-csp.cjs",
  },
  {
    id: "it-*",
    packages: ["it-pipe", "it-map", "it-filter", "it-batch", "it-merge", "it-all", "it-pushable"],
    // dist/index.min.js is each package's browser bundle of the same code.
    keepAsIs: /\/dist\/index\.min\.js$/,
    workload: "it.mjs",
  },
  {
    id: "p-map + p-queue",
    packages: ["p-map", "p-queue"],
    workload: "p-map-queue.mjs",
  },
  {
    id: "effection",
    // script/ is the CommonJS build the package's main loads; esm/ is the same code as ESM.
    packages: ["effection"],
    keepAsIs: /^effection\/esm\//,
    workload: "effection.cjs",
  },
  {
    id: "itertools",
    // dist/index.js is the ESM copy of dist/index.cjs, which the workload loads.
    packages: ["itertools"],
    keepAsIs: /^itertools\/dist\/index\.js$/,
    workload: "itertools.cjs",
  },
  {
    id: "wu",
    // The package's main (dist/) is a regenerator-compiled copy; wu.js at its root is the
    // native source the workload loads.
    packages: ["wu"],
    keepAsIs: /^wu\/dist\//,
    workload: "wu.cjs",
  },
  {
    id: "yieldable-json",
    packages: ["yieldable-json"],
    workload: "yieldable-json.cjs",
  },
  {
    id: "co",
    // Its file holds no generator: it drives the workload's generators and tells what a
    // yielded value is by its shape and its constructor's name.
    packages: ["co"],
    workload: "co.cjs",
  },
  {
    id: "redux-saga",
    // Its files hold no generator function: the generators are the workload's sagas, which
    // the lowered run lowers and the library drives (next, throw, return).
    packages: ["redux-saga"],
    workload: "redux-saga.cjs",
  },
];
