/**
 * A test262 worker: a child process (started by ./pool.ts with `--experimental-vm-modules`) that
 * takes one test at a time and decides it completely: is it applicable (./select.ts, then every
 * variant run natively), and if so, does every variant pass lowered by the plugin.
 *
 * Running the native oracle here, beside the lowered run, keeps the applicable set honest on
 * every run (no stale cache) and costs less than the transform.
 *
 * Protocol (process IPC): the parent sends a `WorkerJob`; the worker answers `{ id, native: true }`
 * once the native runs passed (so a later hang is known to be the lowered code's), then a
 * `WorkerAnswer` with the `TestResult`.
 *
 * Invariant: the plugin runs alone (no other plugin or preset, no config files), with Babel 8,
 * from the built dist/src/index.js, in the variant's goal (script with its "use strict" prefix,
 * or module).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "@babel/core";
import slotMachine from "../../src/index.js";
import { parseFrontmatter } from "./frontmatter.js";
import { Harness, runVariant, type Lower } from "./realm.js";
import { containsSuspendingFunction, exclusionOf, variantsOf, type Variant } from "./select.js";
import type { TestResult, VariantFailure } from "./results.js";

export interface WorkerJob {
  id: number;
  /** Relative to the suite root. */
  path: string;
}

export interface WorkerProgress {
  id: number;
  native: true;
}

export interface WorkerAnswer {
  id: number;
  result: TestResult;
}

const suiteRoot = process.argv[2];
if (suiteRoot === undefined) throw new Error("usage: worker.js SUITE_ROOT");
const harness = new Harness(join(suiteRoot, "harness"));

/** The plugin's code-frame message without Babel's "file: " prefix, as one line. */
function lowerError(error: unknown, filename: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n")[0] ?? "";
  return new Error(first.startsWith(`${filename}: `) ? first.slice(filename.length + 2) : first);
}

const lower: Lower = (code, goal, filename) => {
  let result;
  try {
    result = transformSync(code, {
      babelrc: false,
      configFile: false,
      filename,
      sourceType: goal,
      highlightCode: false,
      plugins: [slotMachine],
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === "BABEL_PARSE_ERROR") return null;
    throw lowerError(error, filename);
  }
  if (!result || typeof result.code !== "string") throw new Error("Babel returned no code");
  return result.code;
};

async function decide(job: WorkerJob, send: (message: WorkerProgress) => void): Promise<TestResult> {
  const file = join(suiteRoot!, job.path);
  const source = readFileSync(file, "utf8");
  const metadata = parseFrontmatter(source, job.path);
  const excluded = exclusionOf(metadata);
  if (excluded !== null) return { path: job.path, status: "excluded", reason: excluded };
  const variants = variantsOf(metadata);
  const goal = variants[0] === "module" ? "module" : "script";
  if (!containsSuspendingFunction(source, goal)) {
    return { path: job.path, status: "excluded", reason: "no generator or async function in the test's own source" };
  }
  for (const variant of variants) {
    const outcome = await runVariant({ file, source, metadata, variant, harness, lower: null });
    if (!outcome.ok) return { path: job.path, status: "excluded", reason: `fails natively (${variant}): ${outcome.error}` };
  }
  send({ id: job.id, native: true });
  const failures: VariantFailure[] = [];
  for (const variant of variants) {
    const outcome = await runVariant({ file, source, metadata, variant, harness, lower });
    if (!outcome.ok) failures.push({ variant: variant as Variant, phase: outcome.phase ?? "runtime", error: outcome.error ?? "" });
  }
  return failures.length === 0 ? { path: job.path, status: "pass", variants } : { path: job.path, status: "fail", variants, failures };
}

// A rejected promise nobody handles is normal in test262 code; it must not end the worker.
process.on("unhandledRejection", () => {});
// The parent is gone (ended or killed): nobody will read a result, so stop.
process.on("disconnect", () => process.exit(0));

process.on("message", (job: WorkerJob) => {
  const send = (message: WorkerProgress | WorkerAnswer): void => {
    process.send?.(message);
  };
  decide(job, send).then(
    (result) => send({ id: job.id, result }),
    (error: unknown) =>
      send({
        id: job.id,
        result: { path: job.path, status: "error", reason: error instanceof Error ? error.stack ?? error.message : String(error) },
      }),
  );
});
