/**
 * The differential check: run a program natively and lowered in identical vm contexts and
 * require identical traces. On a mismatch the failure shows both traces aligned, the first
 * differing line, and the lowered code, which is what one needs to debug the lowering.
 *
 * With our plugin it also checks every reported layout (layoutProblem): the slot count reached the
 * lower bound or says why not, live locals never share a slot; that nothing suspending is left;
 * and that the lowered code reads no name the source did not read (addedGlobals), the inline
 * runtime's own statement aside: a global read by emitted code could be shadowed by a binding
 * of the user's around it.
 * Directives (see directives.ts) switch a program to ES5 checking, refusal checking or skip.
 */
import { AssertionError } from "node:assert";
import { parseSync, traverse, types as t } from "@babel/core";
import { parseDirectives, type Directives } from "./directives.js";
import { es5Error, lowerForTests, remainingSuspendingFunctions, standInKind, type Lowered, type StandIn } from "./lower.js";
import type { SlotMachineOptions } from "../../src/options.js";
import { runProgram } from "./run.js";
import type { FunctionLayout } from "../../src/layout.js";

export type CompareOutcome =
  | { status: "passed"; trace: string[]; lowered: Lowered }
  | { status: "refused"; message: string }
  | { status: "skipped"; reason: string };

export interface CompareOptions {
  timeoutMs?: number;
  /** Overrides SLOT_MACHINE_STANDIN for this call (null: our plugin). */
  standIn?: StandIn | null;
  /** Options for our plugin (not for a stand-in). */
  pluginOptions?: SlotMachineOptions;
}

export async function compareNativeAndLowered(
  code: string,
  filename: string,
  options: CompareOptions = {},
): Promise<CompareOutcome> {
  const directives: Directives = parseDirectives(code, filename);
  if (directives.skip !== null) return { status: "skipped", reason: directives.skip };
  const standIn = options.standIn === undefined ? standInKind() : options.standIn;
  const runOptions = { timeoutMs: options.timeoutMs ?? 5000, filename };

  if (directives.refuse !== null) {
    if (standIn !== null) {
      // The stand-in refuses nothing; proving the program is valid and runs is all we can do.
      await runProgram(code, runOptions);
      return { status: "skipped", reason: "stand-in mode: refusals are only checked with our plugin" };
    }
    return { status: "refused", message: expectRefusal(code, filename, directives.refuse, standIn) };
  }

  const lowered = lowerForTests(code, filename, standIn, options.pluginOptions);

  const left = remainingSuspendingFunctions(lowered.code);
  if (left.length > 0) {
    fail(`${filename}: the lowered code still contains ${left.join(", ")}`, lowered.code);
  }
  if (directives.es5) {
    const problem = es5Error(lowered.code);
    if (problem !== null) fail(`${filename} is marked @es5 but its lowered code is not ES5: ${problem}`, lowered.code);
  }

  const native = await runProgram(code, runOptions);
  const transformed = await runProgram(lowered.code, runOptions);
  if (!sameTrace(native, transformed)) {
    fail(`${filename}: lowered run differs from native run\n${traceDiff(native, transformed)}`, lowered.code);
  }

  if (standIn === null) {
    const added = addedGlobals(code, lowered.code);
    if (added.length > 0) fail(`${filename}: the lowered code reads global names the source does not: ${added.join(", ")}`, lowered.code);
    for (const layout of lowered.layouts) {
      const problem = layoutProblem(layout);
      if (problem !== null) fail(`${filename}: ${layout.name} (line ${layout.loc?.line ?? "?"}): ${problem}`, lowered.code);
    }
  }
  return { status: "passed", trace: native, lowered };
}

/** The names `code` reads without declaring them (`arguments` aside: Babel counts it free). */
function freeNames(code: string, dropRuntime: boolean): Set<string> {
  const file = parseSync(code, { babelrc: false, configFile: false, sourceType: "script" })!;
  const first = file.program.body[0];
  if (dropRuntime && t.isVariableDeclaration(first) && t.isCallExpression(first.declarations[0]?.init)) {
    const callee = first.declarations[0].init.callee;
    // The runtime's binding stays (lowered code reads it); its free names are the runtime's own.
    if (t.isFunctionExpression(callee) && callee.id?.name === "createRuntime") first.declarations[0].init = t.nullLiteral();
  }
  let names = new Set<string>();
  traverse(file, {
    Program(path) {
      names = new Set(Object.keys(path.scope.globals));
      path.stop();
    },
  });
  names.delete("arguments");
  return names;
}

/** Free names of the lowered code (without the inline runtime) that the source does not read. */
export function addedGlobals(source: string, lowered: string): string[] {
  const before = freeNames(source, false);
  return [...freeNames(lowered, true)].filter((name) => !before.has(name));
}

/**
 * What is wrong with a reported layout, or null. Slots must reach the lower bound (property 3
 * of docs/ARCHITECTURE.md); independently of the allocator's own checker,
 * no two locals live at one point may share a slot, and every slot must be inside the array.
 */
export function layoutProblem(layout: FunctionLayout): string | null {
  if (layout.slots < layout.lowerBound) return `uses ${layout.slots} slots, below its own lower bound ${layout.lowerBound}`;
  if (layout.slots !== layout.lowerBound) return `uses ${layout.slots} slots, lower bound is ${layout.lowerBound}`;
  for (const point of layout.suspensions) {
    const used = new Map<number, number>();
    for (const { local, slot } of point.live) {
      if (slot < 0 || slot >= layout.slots) return `point ${point.index}: local ${local} in slot ${slot}, outside 0..${layout.slots - 1}`;
      const other = used.get(slot);
      if (other !== undefined) {
        const names = [layout.locals[other]?.name, layout.locals[local]?.name].join(" and ");
        return `point ${point.index}: ${names} are both live and share slot ${slot}`;
      }
      used.set(slot, local);
    }
  }
  return null;
}

function expectRefusal(code: string, filename: string, pattern: RegExp, standIn: StandIn | null): string {
  let output: string;
  try {
    output = lowerForTests(code, filename, standIn).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!pattern.test(message)) {
      throw new AssertionError({ message: `${filename}: the refusal message does not match ${String(pattern)}:\n${message}` });
    }
    if (!/^\s*>/m.test(message)) {
      throw new AssertionError({ message: `${filename}: the refusal has no code frame (no '>' marker line):\n${message}` });
    }
    return message;
  }
  return fail(`${filename}: expected the plugin to refuse (${String(pattern)}), but it lowered the program`, output);
}

function sameTrace(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** Both traces side by side, each line marked where they differ, plus the first difference. */
export function traceDiff(
  native: readonly string[],
  lowered: readonly string[],
  labels: readonly [string, string] = ["native", "lowered"],
): string {
  const rows: string[] = [];
  let first = -1;
  const length = Math.max(native.length, lowered.length);
  for (let i = 0; i < length; i++) {
    const a = native[i];
    const b = lowered[i];
    if (a === b) {
      rows.push(`   ${i}: ${a ?? ""}`);
      continue;
    }
    if (first < 0) first = i;
    rows.push(`-  ${i}: ${a === undefined ? "<missing>" : a}`);
    rows.push(`+  ${i}: ${b === undefined ? "<missing>" : b}`);
  }
  return `first difference at line ${first} ("-" ${labels[0]}, "+" ${labels[1]})\n${rows.join("\n")}`;
}

function fail(message: string, loweredCode: string): never {
  throw new AssertionError({ message: `${message}\n--- lowered code ---\n${loweredCode}\n--- end of lowered code ---` });
}
