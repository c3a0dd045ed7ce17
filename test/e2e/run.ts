/**
 * `npm run e2e`: lowers real generator- and async-heavy packages (test/e2e/packages.ts) and
 * checks that each still behaves the same: its workload runs once against the installed
 * package and once against the lowered copy (the workload lowered too), in separate `node`
 * processes, and the two traces must be identical.
 *
 * Prints a table (package, version, files and functions lowered, workload size, result), the
 * first difference of every failing package, and the closing line `N passed, N failed`; exits
 * non-zero on any difference or error.
 *
 * Each package is checked once per lowering in its `rows` (the plugin alone, beside
 * @babel/preset-env, with the runtime imported), one table row each.
 * A package with `blockedBy` (a known, tracked plugin bug) is listed as skipped with its note
 * and counted in `N skipped`, unless named by `--only` or `--all` runs everything.
 *
 * Flags: `--only id[,id...]` runs some packages; `--all` runs the blocked ones too; `--keep`
 * keeps the lowered trees (their path is printed) for inspection.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../harness/root.js";
import { e2ePackages, type E2ePackage } from "./packages.js";
import { buildLoweredTree, emptyTally, lowerSource, totalFunctions, type Lowering, type LoweringTally } from "./lower-tree.js";
import { firstDifference, operationCount, runWorkload } from "./run-workload.js";

const RUN_TIMEOUT_MS = 30_000;
const ALL_LOWERINGS: readonly Lowering[] = ["plugin", "preset-env", "runtime-import"];

interface Row {
  id: string;
  version: string;
  pkg: LoweringTally;
  workload: LoweringTally;
  operations: number | null;
  ok: boolean;
  detail: string | null;
  seconds: number;
}

interface Args {
  only: Set<string> | null;
  all: boolean;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let only: Set<string> | null = null;
  let keep = false;
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--keep") keep = true;
    else if (arg === "--all") all = true;
    else if (arg === "--only" && argv[i + 1] !== undefined) only = new Set(argv[++i]!.split(","));
    else throw new Error(`unknown argument ${arg}; use --only id[,id...], --all and --keep`);
  }
  if (only) {
    for (const id of only) {
      if (!e2ePackages.some((entry) => entry.id === id)) throw new Error(`no e2e package ${id}; known: ${e2ePackages.map((entry) => entry.id).join(", ")}`);
    }
  }
  return { only, all, keep };
}

function describeKinds(tally: LoweringTally): string {
  const { generator, async, asyncGenerator } = tally.functions;
  return `${totalFunctions(tally)} (${generator} gen, ${async} async, ${asyncGenerator} async gen)`;
}

function checkPackage(root: string, entry: E2ePackage, lowering: Lowering, keep: boolean): Row {
  const started = Date.now();
  const manifest = JSON.parse(readFileSync(join(root, "node_modules", entry.packages[0]!, "package.json"), "utf8")) as { version: string };
  const id = lowering === "plugin" ? entry.id : `${entry.id} + ${lowering}`;
  const row: Row = { id, version: manifest.version, pkg: emptyTally(), workload: emptyTally(), operations: null, ok: false, detail: null, seconds: 0 };
  const outDir = mkdtempSync(join(tmpdir(), `slot-machine-e2e-${id.replace(/[^a-z0-9]+/gi, "-")}-`));
  try {
    row.pkg = buildLoweredTree(root, outDir, entry.packages, { keepAsIs: entry.keepAsIs, withDependencies: entry.withDependencies, lowering });
    const workloads = join(root, "test", "e2e", "workloads");
    for (const name of [entry.workload, ...(entry.workloadHelpers ?? [])]) {
      const target = join(outDir, name);
      const code = readFileSync(join(workloads, name), "utf8");
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, lowerSource(code, target, row.workload, lowering) ?? code);
    }
    const native = runWorkload(join(workloads, entry.workload), RUN_TIMEOUT_MS);
    const lowered = runWorkload(join(outDir, entry.workload), RUN_TIMEOUT_MS);
    row.operations = operationCount(native.stdout);
    const problems: string[] = [];
    if (native.timedOut || lowered.timedOut) problems.push(`timed out after ${RUN_TIMEOUT_MS} ms (native: ${native.timedOut}, lowered: ${lowered.timedOut})`);
    if (native.status !== 0) problems.push(`the native run exited with ${native.status}: the workload itself is broken\n${native.stderr}`);
    if (row.operations === null) problems.push("the native trace has no `workload: N operations` line");
    const difference = firstDifference(native.stdout, lowered.stdout);
    if (difference !== null) problems.push(difference);
    if (lowered.status !== native.status) problems.push(`exit status: native ${native.status}, lowered ${lowered.status}\n${lowered.stderr}`);
    if (totalFunctions(row.pkg) + totalFunctions(row.workload) === 0) problems.push("nothing was lowered: the comparison would prove nothing");
    row.ok = problems.length === 0;
    row.detail = problems.length > 0 ? problems.join("\n") : null;
  } catch (error) {
    row.detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    if (keep) console.log(`${id}: lowered tree kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  }
  row.seconds = (Date.now() - started) / 1000;
  return row;
}

function printTable(rows: readonly Row[], skipped: readonly E2ePackage[]): void {
  const header = ["package", "version", "files lowered", "functions lowered in the package", "in the workload", "workload operations", "result", "time"];
  const lines = rows.map((row) => [
    row.id,
    row.version,
    String(row.pkg.files),
    describeKinds(row.pkg),
    String(totalFunctions(row.workload)),
    row.operations === null ? "?" : row.operations.toLocaleString("en-US"),
    row.ok ? "identical" : "DIFFERENT",
    `${row.seconds.toFixed(1)} s`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  console.log(format(header));
  console.log(`| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`);
  for (const line of lines) console.log(format(line));
  for (const entry of skipped) console.log(`skipped ${entry.id}: ${entry.blockedBy}`);
}

function main(): void {
  const { only, all, keep } = parseArgs(process.argv.slice(2));
  const root = packageRoot();
  const rows: Row[] = [];
  const skipped: E2ePackage[] = [];
  for (const entry of e2ePackages) {
    if (only && !only.has(entry.id)) continue;
    if (entry.blockedBy !== undefined && !all && !only) {
      skipped.push(entry);
      continue;
    }
    for (const lowering of entry.rows ?? ALL_LOWERINGS) {
      const row = checkPackage(root, entry, lowering, keep);
      console.log(`${row.ok ? "ok  " : "FAIL"} ${row.id} (${row.seconds.toFixed(1)} s)`);
      if (row.detail !== null) console.log(row.detail.replace(/^/gm, "    "));
      rows.push(row);
    }
  }
  console.log("");
  printTable(rows, skipped);
  const failed = rows.filter((row) => !row.ok).length;
  console.log(`\n${rows.length - failed} passed, ${failed} failed${skipped.length > 0 ? `, ${skipped.length} skipped` : ""}`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
