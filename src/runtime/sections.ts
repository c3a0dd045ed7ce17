/**
 * Which runtime sections a file needs, from the helpers its lowered code calls, and the
 * runtime's source cut down to them (inline mode emits only what a file uses).
 *
 * Invariant: every helper a step function or wrapper can call is listed in HELPER_SECTIONS,
 * with every section its code reaches (checked by test/runtime-sections.test.ts, which runs
 * programs using each helper alone), and is recorded in the file's helper set wherever the
 * emitted code names it: an inline runtime exports only the recorded helpers.
 */
import { createRuntime } from "./runtime.js";

export type Section =
  | "promise" | "iterator" | "functions" | "protos" | "methods" | "instances" | "gen" | "iteration" | "forIn" | "destructuring"
  | "async" | "asyncGen" | "asyncIter" | "bindings" | "receiver";

const HELPER_SECTIONS: Record<string, readonly Section[]> = {
  gen: ["iterator", "functions", "protos", "instances", "gen", "iteration"],
  mark: ["iterator", "functions", "protos"],
  // Each marked method's own helper (gen, asyncGen, async) brings the sections of its kind.
  markMethods: ["functions", "methods"],
  propertyKey: ["methods"],
  iter: ["iterator", "iteration"],
  step: ["iterator", "iteration"],
  close: ["iterator", "iteration"],
  checkResult: ["iterator", "iteration"],
  noThrowMethod: ["iterator", "iteration"],
  forIn: ["forIn"],
  nextKey: ["forIn"],
  requireObject: ["destructuring"],
  objectRest: ["destructuring"],
  async: ["promise", "functions", "async"],
  markAsync: ["promise", "functions", "async"],
  asyncGen: ["promise", "iterator", "functions", "protos", "instances", "asyncGen"],
  asyncIter: ["promise", "iterator", "iteration", "asyncIter"],
  tdz: ["bindings"],
  tdzSet: ["bindings"],
  tdzTarget: ["bindings"],
  constant: ["bindings"],
  constantTarget: ["bindings"],
  sloppyThis: ["receiver"],
};

export const RUNTIME_HELPERS: readonly string[] = Object.keys(HELPER_SECTIONS);

export function sectionsFor(helpers: Iterable<string>): Set<Section> {
  const out = new Set<Section>();
  for (const h of helpers) {
    const sections = HELPER_SECTIONS[h];
    if (!sections) throw new Error(`internal: unknown runtime helper ${h}`);
    for (const s of sections) out.add(s);
  }
  return out;
}

const SECTION = /^[ \t]*\/\/ @section (\w+)\n([\s\S]*?)^[ \t]*\/\/ @end\n/gm;
/** A helper's export, `rt.name = fn;` on a line of its own. */
const EXPORT = /^[ \t]*rt\.(\w+) = \w+;\n/gm;

/**
 * An ES5 expression that evaluates to a runtime object with `helpers`: the sections they need,
 * and only their exports (a section's other functions, unexported, are left to the minifier
 * when nothing else calls them).
 */
export function runtimeSourceFor(helpers: Iterable<string>): string {
  const wanted = new Set(helpers);
  const keep = sectionsFor(wanted);
  const source = String(createRuntime)
    .replace(SECTION, (_all, name: string, body: string) => (keep.has(name as Section) ? body : ""))
    .replace(EXPORT, (line, name: string) => (wanted.has(name) ? line : ""));
  return `(${source})()`;
}
