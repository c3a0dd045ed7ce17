/**
 * `npm run test262`: runs the applicable test262 tests lowered by the plugin and judges them
 * against test/test262/expectations.txt (see ./report.ts for what counts as unexpected).
 *
 *   --filter SUBSTRING  only tests whose path contains it (repeatable: any of them)
 *   --prune             rewrite the expectations without entries that now pass or are stale
 *   --json FILE         write every test's result as JSON
 *   --jobs N            worker processes (default 2)
 *   --timeout SECONDS   limit per test (default 30)
 *
 * Exit status: 0 when nothing was unexpected, 1 otherwise, 2 on a usage error or a missing suite.
 * With --prune the pruned entries no longer count as unexpected.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../../test/harness/root.js";
import { pruned, readExpectations, writeExpectations } from "./expectations.js";
import { runPool } from "./pool.js";
import { formatReport, judge, unexpectedCount } from "./report.js";
import { listTests, locateSuite, SuiteMissingError } from "./suite.js";

interface Options {
  filters: string[];
  prune: boolean;
  json: string | null;
  jobs: number;
  timeoutMs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { filters: [], prune: false, json: null, jobs: 2, timeoutMs: 30_000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--filter") options.filters.push(value());
    else if (arg === "--prune") options.prune = true;
    else if (arg === "--json") options.json = value();
    else if (arg === "--jobs") options.jobs = Number.parseInt(value(), 10);
    else if (arg === "--timeout") options.timeoutMs = Number.parseFloat(value()) * 1000;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!(options.jobs >= 1) || !(options.timeoutMs > 0)) throw new Error("--jobs and --timeout must be positive");
  return options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`test262: ${(error as Error).message}`);
    return 2;
  }
  const root = packageRoot();
  let suite;
  try {
    suite = locateSuite(root);
  } catch (error) {
    if (error instanceof SuiteMissingError) {
      console.error(`test262: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const expectationsFile = join(root, "test", "test262", "expectations.txt");
  const expectations = readExpectations(expectationsFile);
  const inScope = (path: string): boolean => options.filters.length === 0 || options.filters.some((filter) => path.includes(filter));
  const paths = listTests(suite).filter(inScope);
  console.log(`test262 from ${suite.origin}: ${paths.length} test files${options.filters.length ? ` matching ${options.filters.join(", ")}` : ""}, ${options.jobs} workers`);

  const started = Date.now();
  let done = 0;
  const results = await runPool(paths, {
    workerScript: fileURLToPath(new URL("./worker.js", import.meta.url)),
    suiteRoot: suite.root,
    workers: options.jobs,
    timeoutMs: options.timeoutMs,
    onResult: () => {
      done++;
      if (done % 2000 === 0) console.error(`  ${done}/${paths.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    },
  });
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seconds = (Date.now() - started) / 1000;

  if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 1)}\n`);
  let verdict = judge(results, expectations, inScope);
  console.log(formatReport(results, verdict, expectations));
  if (options.prune && verdict.prunable.size > 0) {
    const kept = pruned(expectations, verdict.prunable);
    writeExpectations(expectationsFile, kept);
    console.log(`\n--prune: removed ${verdict.prunable.size} entries from ${expectationsFile}`);
    verdict = judge(results, kept, inScope);
  }
  const unexpected = unexpectedCount(verdict);
  console.log(
    `\n${verdict.applicable} applicable tests (of ${paths.length} files), ${verdict.passed} pass lowered ` +
      `(${verdict.applicable ? ((100 * verdict.passed) / verdict.applicable).toFixed(1) : "-"}%), ` +
      `${verdict.expectedFailures.length} expected failures, ${unexpected} unexpected; ${seconds.toFixed(0)} s`,
  );
  console.log(`${verdict.passed} passed, ${unexpected} failed`);
  return unexpected === 0 ? 0 : 1;
}

process.exitCode = await main();
