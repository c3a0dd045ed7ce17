/**
 * The differential check of one fuzzed program, and the fast-check property around it.
 *
 * A program passes when:
 * 1. its native trace (run in the harness's vm runner) equals the trace of its lowered code;
 * 2. with our plugin, the output has no generator/async function, yield or await left, and
 *    every reported layout has `slots === lowerBound` (docs/ARCHITECTURE.md, property 3);
 * 3. for programs printed in ES5 mode, the lowered output parses with acorn `ecmaVersion: 5`.
 *    This is how "the output uses no syntax beyond ES5 apart from syntax the input itself
 *    used" is checked: the ES5-mode input uses only ES5 syntax plus generator and async
 *    function syntax, which the lowering must remove; so anything newer than ES5 in the
 *    output was added by the lowering (its scaffolding or runtime).
 *
 * Invariant: a failure of the *native* run (timeout, harness error) is reported as a fuzzer
 * bug, never as a divergence: the grammar promised terminating, deterministic programs.
 */
import { transformSync, type PluginItem } from "@babel/core";
import presetEnv from "@babel/preset-env";
import { traverseFast, type Node } from "@babel/types";
import { es5Error, lowerWith, ourPlugin, runProgram, standInPlugins, traceDiff } from "../harness/index.js";
import type { FunctionLayout } from "../../src/layout.js";
import type { SlotMachineOptions } from "../../src/options.js";
import { caseAt, printCase, shrinkCase, type FuzzCase, type Generation } from "./cases.js";
import { minimize } from "./minimize.js";
import { PRELUDE } from "./prelude.js";

export { caseArb, caseAt, printCase, type FuzzCase, type Generation } from "./cases.js";

/** A printed (or lowered) program with the helper prelude in front: what actually runs. */
export function runnable(code: string): string {
  return `${PRELUDE.trim()}\n\n${code}`;
}

/**
 * What lowers the program: our plugin; the regenerator stand-in (the three plugins preset-env
 * uses for generators and async code, in its order, and nothing else); or all of
 * @babel/preset-env for an ES5 target, which also rewrites the syntax regenerator relies on
 * other plugins for (templates, destructuring, computed keys), so its divergences are
 * semantic rather than "regenerator cannot parse this".
 */
export type Lowering = "plugin" | "regenerator" | "preset-env";

function lowerWithPresetEnv(code: string, filename: string): string {
  const result = transformSync(code, {
    babelrc: false,
    configFile: false,
    filename,
    sourceType: "script",
    presets: [[presetEnv, { targets: { ie: "11" }, modules: false }]],
  });
  if (!result || typeof result.code !== "string") throw new Error("Babel returned no code");
  return result.code;
}

/**
 * Our plugin's lowering for the fuzzer: one options object for the whole process (Babel
 * caches the plugin instance per options object, so a fresh object per program would
 * instantiate the plugin again every time), and the output's AST kept, so the check that no
 * generator or async function survived walks that tree instead of parsing 100 KB of output
 * again (which cost a fifth of every check). The output is printed compact (no indentation or
 * line breaks): the lowered code is about twenty times the size of its input, and printing,
 * the ES5 parse and V8's compile of it all scale with its length; whitespace means nothing to
 * the traces, which never show source text. A report that shows the lowered code to a person
 * asks for it `readable`.
 */
const layoutsSeen: FunctionLayout[] = [];
const pluginOptions: SlotMachineOptions = { onLayout: (layout) => layoutsSeen.push(layout) };

function lowerWithOurPlugin(code: string, filename: string, readable: boolean): { code: string; layouts: FunctionLayout[]; left: string[] } {
  layoutsSeen.length = 0;
  const result = transformSync(code, {
    babelrc: false,
    configFile: false,
    filename,
    sourceType: "script",
    highlightCode: false,
    compact: !readable,
    ast: true,
    plugins: [[ourPlugin(), pluginOptions]],
  });
  if (!result || typeof result.code !== "string" || !result.ast) throw new Error("Babel returned no code");
  return { code: result.code, layouts: layoutsSeen.splice(0), left: suspendingLeft(result.ast) };
}

/** Generator/async functions, `yield`, `await` and `for await` left in a lowered tree. */
function suspendingLeft(ast: Node): string[] {
  const found: string[] = [];
  traverseFast(ast, (node) => {
    const where = node.loc ? `${node.loc.start.line}:${node.loc.start.column}` : "?";
    if ("generator" in node || "async" in node) {
      const fn = node as { generator?: boolean; async?: boolean };
      if (fn.generator === true && fn.async === true) found.push(`${where} async generator`);
      else if (fn.generator === true) found.push(`${where} generator`);
      else if (fn.async === true) found.push(`${where} async function`);
    }
    if (node.type === "YieldExpression" || node.type === "AwaitExpression" || (node.type === "ForOfStatement" && node.await)) found.push(`${where} ${node.type}`);
  });
  return found;
}

export type Verdict =
  | { ok: true }
  | {
      ok: false;
      /** "divergence" (the lowering is wrong) or "fuzzer" (the program itself misbehaved). */
      blame: "divergence" | "fuzzer";
      reason: string;
      code: string;
      loweredCode: string | null;
      native: string[] | null;
      lowered: string[] | null;
    };

const TIMEOUT_MS = 3000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks one program. `readable`: print our plugin's output indented, for a report that shows
 * it (the check itself is the same either way).
 */
export async function checkCase(c: FuzzCase, lowering: Lowering, readable = false): Promise<Verdict> {
  let code: string;
  try {
    code = printCase(c);
  } catch (error) {
    return { ok: false, blame: "fuzzer", reason: `the printer threw: ${message(error)}`, code: JSON.stringify(c), loweredCode: null, native: null, lowered: null };
  }
  const filename = "fuzz.js";
  const fail = (blame: "divergence" | "fuzzer", reason: string, rest: Partial<Omit<Extract<Verdict, { ok: false }>, "ok">> = {}): Verdict => ({
    ok: false,
    blame,
    reason,
    code,
    loweredCode: null,
    native: null,
    lowered: null,
    ...rest,
  });

  let loweredCode: string;
  let layouts: { name: string; slots: number; lowerBound: number }[] = [];
  let left: string[] = [];
  try {
    if (lowering === "plugin") {
      const result = lowerWithOurPlugin(code, filename, readable);
      loweredCode = result.code;
      layouts = result.layouts;
      left = result.left;
    } else if (lowering === "regenerator") {
      loweredCode = lowerWith(code, standInPlugins as PluginItem[], filename);
    } else {
      loweredCode = lowerWithPresetEnv(code, filename);
    }
  } catch (error) {
    return fail("divergence", `lowering threw: ${message(error)}`);
  }

  if (lowering === "plugin") {
    if (left.length > 0) return fail("divergence", `lowered code still contains ${left.join(", ")}`, { loweredCode });
  }
  if (c.es5) {
    const problem = es5Error(loweredCode);
    if (problem !== null) return fail("divergence", `ES5-mode program, lowered output is not ES5: ${problem}`, { loweredCode });
  }

  // Run natively only once the lowering produced something to compare: a crash or a
  // refusal of the lowering needs no native trace, and shrinking a crash is then much faster.
  let native: string[];
  try {
    native = await runProgram(runnable(code), { timeoutMs: TIMEOUT_MS, filename });
  } catch (error) {
    return fail("fuzzer", `native run failed: ${message(error)}`);
  }

  let lowered: string[];
  try {
    lowered = await runProgram(runnable(loweredCode), { timeoutMs: TIMEOUT_MS, filename });
  } catch (error) {
    return fail("divergence", `lowered run failed: ${message(error)}`, { native, loweredCode });
  }
  if (native.length !== lowered.length || native.some((line, i) => line !== lowered[i])) {
    return fail("divergence", `traces differ\n${traceDiff(native, lowered)}`, { native, lowered, loweredCode });
  }
  for (const layout of layouts) {
    if (layout.slots !== layout.lowerBound) {
      return fail("divergence", `layout of ${layout.name}: ${layout.slots} slots, lower bound ${layout.lowerBound}`, { native, lowered, loweredCode });
    }
  }
  return { ok: true };
}

/**
 * What kind of failure a verdict is, without the details that change as a program shrinks
 * (positions, line numbers, trace contents): the minimizer only accepts a smaller program
 * that fails the same way, so it cannot wander from one bug to another.
 */
export function failureSignature(verdict: Verdict): string | null {
  if (verdict.ok) return null;
  const first = verdict.reason.split("\n")[0] ?? "";
  if (first.startsWith("traces differ")) return `${verdict.blame}: traces differ`;
  if (first.startsWith("layout of")) return `${verdict.blame}: layout`;
  return `${verdict.blame}: ${first.replace(/\d+/g, "N")}`;
}

/**
 * A finer grouping than `failureSignature`, for the report of a hunt that keeps going: the
 * first differing pair of trace lines, numbers blotted out, so "uncaught ReferenceError:
 * Cannot access 'Symbol'..." and a wrong `.name` land in different groups. Only for people
 * reading a report; the minimizer keeps the coarse signature, which shrinking cannot change.
 */
export function failureKind(verdict: Verdict): string | null {
  if (verdict.ok) return null;
  const blot = (line: string | undefined): string => (line === undefined ? "<missing>" : line.replace(/\d+/g, "N").slice(0, 100));
  if (verdict.native !== null && verdict.lowered !== null && verdict.reason.startsWith("traces differ")) {
    const length = Math.max(verdict.native.length, verdict.lowered.length);
    for (let i = 0; i < length; i++) {
      if (verdict.native[i] !== verdict.lowered[i]) return `traces differ: native ${blot(verdict.native[i])} | lowered ${blot(verdict.lowered[i])}`;
    }
  }
  return failureSignature(verdict);
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  lowering: Lowering;
  generation: Generation;
  /** Shrink a failing case (default true); off when only "does it fail" matters. */
  shrink?: boolean;
  /** Checks fast-check's shrink trees may spend (default 300). */
  shrinkBudget?: number;
  /** Run the tree minimizer (minimize.ts) after fast-check's shrinking (default true). */
  minimize?: boolean;
  /** Checks the minimizer may spend (default 400). */
  minimizeBudget?: number;
  /** Called after each checked program (progress output). */
  onRun?: (index: number, verdict: Verdict) => void;
}

export interface Reduction {
  /** The smallest failing case found and its verdict. */
  counterexample: FuzzCase;
  verdict: Verdict;
  /** Shrinks kept along fast-check's shrink tree, and checks spent there. */
  numShrinks: number;
  shrinkChecks: number;
  /** Checks the minimizer ran and simplifications it kept. */
  minimizeChecks: number;
  minimizeSteps: number;
}

export interface FuzzReport extends Partial<Reduction> {
  failed: boolean;
  /** Programs checked (the failing one included). */
  numRuns: number;
  /** The failing program's index: `--seed S --index I` replays it. */
  index: number | null;
}

/** The check of program `index` of seed `seed`. */
export function checkIndex(seed: number, index: number, generation: Generation, lowering: Lowering): Promise<Verdict> {
  return checkCase(caseAt(seed, index, generation), lowering);
}

/**
 * Makes the failure of program `index` small: fast-check's shrink tree first, then the tree
 * minimizer; both accept only a candidate that fails the same way (`failureSignature`).
 */
export async function reduceFailure(
  seed: number,
  index: number,
  generation: Generation,
  lowering: Lowering,
  options: Pick<FuzzOptions, "shrink" | "shrinkBudget" | "minimize" | "minimizeBudget"> = {},
): Promise<Reduction> {
  let counterexample = caseAt(seed, index, generation);
  let verdict = await checkCase(counterexample, lowering, true);
  const signature = failureSignature(verdict);
  const reduction: Reduction = { counterexample, verdict, numShrinks: 0, shrinkChecks: 0, minimizeChecks: 0, minimizeSteps: 0 };
  if (signature === null || verdict.ok || verdict.blame !== "divergence") return reduction;
  const sameFailure = async (candidate: FuzzCase): Promise<boolean> => failureSignature(await checkCase(candidate, lowering)) === signature;
  if (options.shrink !== false) {
    const shrunk = await shrinkCase(seed, index, generation, sameFailure, options.shrinkBudget ?? 300);
    counterexample = shrunk.result;
    reduction.numShrinks = shrunk.accepted;
    reduction.shrinkChecks = shrunk.checks;
  }
  if (options.minimize !== false) {
    const minimized = await minimize(counterexample, sameFailure, options.minimizeBudget);
    counterexample = minimized.result;
    reduction.minimizeChecks = minimized.checks;
    reduction.minimizeSteps = minimized.accepted;
  }
  // The verdict a report shows (with --code, the lowered code): printed readable.
  verdict = await checkCase(counterexample, lowering, true);
  return { ...reduction, counterexample, verdict };
}

/**
 * Checks programs 0..runs-1 of the seed in this thread, in order, and reduces the first
 * failure. scripts/fuzz.ts spreads the same indices over worker threads; both report the same
 * first failing index for the same seed.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  for (let index = 0; index < options.runs; index++) {
    const verdict = await checkIndex(options.seed, index, options.generation, options.lowering);
    options.onRun?.(index, verdict);
    if (!verdict.ok) {
      const reduction = await reduceFailure(options.seed, index, options.generation, options.lowering, options);
      return { failed: true, numRuns: index + 1, index, ...reduction };
    }
  }
  return { failed: false, numRuns: options.runs, index: null };
}

/** A failure report for humans: reason, program, both traces, lowered code. */
export function describeFailure(verdict: Extract<Verdict, { ok: false }>, withLoweredCode: boolean): string {
  const parts = [
    `${verdict.blame === "fuzzer" ? "FUZZER BUG" : "DIVERGENCE"}: ${verdict.reason}`,
    "--- program (shrunk; runs after the helpers of test/fuzz/prelude.ts) ---",
    verdict.code,
    "--- native trace ---",
    (verdict.native ?? ["<none>"]).join("\n"),
    "--- lowered trace ---",
    (verdict.lowered ?? ["<none>"]).join("\n"),
  ];
  if (withLoweredCode && verdict.loweredCode !== null) parts.push("--- lowered code ---", verdict.loweredCode);
  return parts.join("\n");
}
