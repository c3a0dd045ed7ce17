/**
 * Mutation testing of the fuzzer itself: how many small faults in a known-good runtime does a
 * fixed set of fuzzed programs detect? The regenerator stand-in's helpers (the code Babel
 * inlines above the program) are mutated one site at a time (a comparison flipped, `&&` to
 * `||`, `!0` to `!1`, a small constant changed) and the programs' lowered traces compared with
 * their native traces. A mutant is *killed* when some program's trace changes or its run
 * fails. Surviving mutants are listed with their context: each is either equivalent (the
 * change cannot be observed) or a gap in what the grammar exercises.
 *
 * Invariants: each program is printed, run natively and lowered once; mutants only rewrite
 * the inlined helper lines (Babel prints each on one line before the program), never the
 * program itself; and a
 * program whose unmutated lowering already diverges is left out of the sample, so a kill is
 * always caused by the mutation.
 */
import { lowerWith, runProgram, standInPlugins } from "../harness/index.js";
import type { PluginItem } from "@babel/core";
import { caseAt, printCase, runnable, type Generation } from "./check.js";

export interface MutationSite {
  /** The helper function's line (Babel prints each inlined helper on one line). */
  helper: string;
  /** Offset of the site in that line. */
  index: number;
  from: string;
  to: string;
  /** A few characters around the site, for the report. */
  context: string;
}

export interface MutationReport {
  programs: number;
  sites: MutationSite[];
  killed: number;
  survivors: MutationSite[];
}

const RULES: readonly [RegExp, (match: string) => string][] = [
  [/<=|>=|<(?!=)|>(?!=)/g, (m) => ({ "<=": "<", ">=": ">", "<": "<=", ">": ">=" })[m] ?? m],
  [/===|!==/g, (m) => (m === "===" ? "!==" : "===")],
  [/&&|\|\|/g, (m) => (m === "&&" ? "||" : "&&")],
  [/!0|!1/g, (m) => (m === "!0" ? "!1" : "!0")],
  [/(?<![\w$.])\d(?![\w.])/g, (m) => String((Number(m) + 1) % 10)],
];

/** Every mutation site in one helper line, in order of position. */
export function mutationSites(helper: string): MutationSite[] {
  const sites: MutationSite[] = [];
  for (const [pattern, replace] of RULES) {
    for (const match of helper.matchAll(pattern)) {
      const index = match.index ?? 0;
      // `=>` of an arrow is not a comparison.
      if (match[0] === ">" && helper[index - 1] === "=") continue;
      sites.push({
        helper,
        index,
        from: match[0],
        to: replace(match[0]),
        context: helper.slice(Math.max(0, index - 30), index + match[0].length + 30),
      });
    }
  }
  return sites.sort((a, b) => a.index - b.index);
}

/** The lowered code with `site` applied, or null when the code does not use that helper. */
function apply(code: string, site: MutationSite): string | null {
  const at = code.indexOf(site.helper);
  if (at < 0) return null;
  const index = at + site.index;
  return code.slice(0, index) + site.to + code.slice(index + site.from.length);
}

/** The inlined helpers of lowered code: Babel prints each as one complete line. */
function helperLines(lowered: string): string[] {
  return lowered.split("\n").filter((line) => line.startsWith("function ") && line.endsWith("}"));
}

export async function runMutants(options: {
  programs: number;
  seed: number;
  generation: Generation;
  onMutant?: (done: number, total: number, killed: number) => void;
}): Promise<MutationReport> {
  const cases = Array.from({ length: options.programs }, (_, index) => caseAt(options.seed, index, options.generation));
  const sample: { lowered: string; native: string[] }[] = [];
  for (const c of cases) {
    const code = printCase(c);
    let lowered: string;
    try {
      lowered = lowerWith(code, standInPlugins as PluginItem[], "fuzz.js");
    } catch {
      continue;
    }
    const native = await runProgram(runnable(code), { timeoutMs: 3000 });
    const base = await runProgram(runnable(lowered), { timeoutMs: 3000 }).catch(() => null);
    if (base !== null && base.join("\n") === native.join("\n")) sample.push({ lowered, native });
  }
  const helpers = [...new Set(sample.flatMap((s) => helperLines(s.lowered)))].sort();
  const sites = helpers.flatMap(mutationSites);
  const survivors: MutationSite[] = [];
  let killed = 0;
  for (const [i, site] of sites.entries()) {
    let dead = false;
    for (const s of sample) {
      const mutated = apply(s.lowered, site);
      if (mutated === null) continue;
      const trace = await runProgram(runnable(mutated), { timeoutMs: 2000 }).catch(() => null);
      if (trace === null || trace.join("\n") !== s.native.join("\n")) {
        dead = true;
        break;
      }
    }
    if (dead) killed++;
    else survivors.push(site);
    options.onMutant?.(i + 1, sites.length, killed);
  }
  return { programs: sample.length, sites, killed, survivors };
}
