/**
 * The differential check of one fuzzed program, and the fast-check property around it.
 *
 * A program passes when:
 * 1. its native trace (run in the harness's vm runner) equals the trace of its lowered code;
 * 2. with our plugin, the output has no generator/async function, yield or await left, and
 *    every reported layout has `slots === lowerBound` (DESIGN.md property 3);
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
import fc from "fast-check";
import {
  es5Error,
  lowerWith,
  lowerWithPlugin,
  remainingSuspendingFunctions,
  runProgram,
  standInPlugins,
  traceDiff,
} from "../harness/index.js";
import type { FuzzProgram } from "./ast.js";
import { programArb, type ProgramShape } from "./drivers.js";
import { minimize } from "./minimize.js";
import { PRELUDE } from "./prelude.js";
import { printProgram, type Feature } from "./print.js";

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

export interface FuzzCase {
  program: FuzzProgram;
  es5: boolean;
  /** Features printed as their ES5 fallback (see print.ts `Feature`). */
  without?: readonly Feature[];
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

export function caseArb(shape: ProgramShape, es5Share: number, without: readonly Feature[] = []): fc.Arbitrary<FuzzCase> {
  // es5Share in [0, 1]: the fraction of programs printed in ES5 mode.
  const es5 = es5Share <= 0 ? fc.constant(false) : es5Share >= 1 ? fc.constant(true) : fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < es5Share);
  return fc.record({ program: programArb(shape), es5, without: fc.constant(without) });
}

export function printCase(c: FuzzCase): string {
  return printProgram(c.program, { es5: c.es5, without: new Set(c.without ?? []) });
}

export async function checkCase(c: FuzzCase, lowering: Lowering): Promise<Verdict> {
  const code = printCase(c);
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
  try {
    if (lowering === "plugin") {
      const result = lowerWithPlugin(code, filename);
      loweredCode = result.code;
      layouts = result.layouts;
    } else if (lowering === "regenerator") {
      loweredCode = lowerWith(code, standInPlugins as PluginItem[], filename);
    } else {
      loweredCode = lowerWithPresetEnv(code, filename);
    }
  } catch (error) {
    return fail("divergence", `lowering threw: ${message(error)}`);
  }

  if (lowering === "plugin") {
    const left = remainingSuspendingFunctions(loweredCode);
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

export interface FuzzOptions {
  runs: number;
  seed: number;
  lowering: Lowering;
  shape: ProgramShape;
  /** Fraction of programs printed in ES5 mode. */
  es5Share: number;
  /** Features to leave out (printed as their ES5 fallback). */
  without?: readonly Feature[];
  /** Shrink a failing case (default true); off when only "does it fail" matters. */
  shrink?: boolean;
  /** Run the tree minimizer (minimize.ts) after fast-check's shrinking (default true). */
  minimize?: boolean;
  /** Checks the minimizer may spend (default 400). */
  minimizeBudget?: number;
  /** Called after each checked program (progress output). */
  onRun?: (index: number) => void;
}

export interface FuzzReport {
  failed: boolean;
  numRuns: number;
  numShrinks: number;
  /** The shrunk failing case and its verdict, when failed. */
  counterexample: FuzzCase | null;
  verdict: Verdict | null;
  /** fast-check's replay path, to reproduce with `--seed S --path P`. */
  path: string | null;
  /** Checks the minimizer ran and simplifications it kept. */
  minimizeChecks: number;
  minimizeSteps: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  let index = 0;
  const property = fc.asyncProperty(caseArb(options.shape, options.es5Share, options.without ?? []), async (c) => {
    const verdict = await checkCase(c, options.lowering);
    options.onRun?.(index++);
    return verdict.ok;
  });
  const details = await fc.check(property, { numRuns: options.runs, seed: options.seed, endOnFailure: options.shrink === false });
  if (!details.failed || details.counterexample === null) {
    return { failed: details.failed, numRuns: details.numRuns, numShrinks: details.numShrinks, counterexample: null, verdict: null, path: null, minimizeChecks: 0, minimizeSteps: 0 };
  }
  let [counterexample] = details.counterexample;
  let verdict = await checkCase(counterexample, options.lowering);
  let minimizeChecks = 0;
  let minimizeSteps = 0;
  const signature = failureSignature(verdict);
  if (options.minimize !== false && signature !== null && !verdict.ok && verdict.blame === "divergence") {
    const minimized = await minimize(
      counterexample,
      async (candidate) => failureSignature(await checkCase(candidate, options.lowering)) === signature,
      options.minimizeBudget,
    );
    counterexample = minimized.result;
    minimizeChecks = minimized.checks;
    minimizeSteps = minimized.accepted;
    verdict = await checkCase(counterexample, options.lowering);
  }
  return {
    failed: true,
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    counterexample,
    verdict,
    path: details.counterexamplePath,
    minimizeChecks,
    minimizeSteps,
  };
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
