/**
 * Which tests apply to the plugin, and in which variants each one runs.
 *
 * A test applies when (1) its metadata does not put it outside what Node 20 can run (a negative
 * parse-phase test, a `CanBlockIsFalse` test, a feature Node 20 lacks), (2) its own source — not
 * the harness — contains a generator, async function, async arrow, async method or async
 * generator, and (3) it passes natively in every variant it requires (decided by running it,
 * in ./worker.ts). (1) and (2) are decided here, from the text alone.
 *
 * Invariants:
 * - Variants follow INTERPRETING.md: `module` runs once as a module, `raw` once unmodified,
 *   `onlyStrict` once strict, `noStrict` once sloppy, everything else twice (sloppy, strict).
 * - The suspending-function check parses with acorn in the variant's goal (module or script);
 *   a source acorn cannot parse counts as not containing one (it cannot be a test Node runs).
 */
import * as acorn from "acorn";
import type { Metadata } from "./frontmatter.js";

export type Variant = "sloppy" | "strict" | "module" | "raw";

export function variantsOf(metadata: Metadata): Variant[] {
  const flags = new Set(metadata.flags);
  if (flags.has("module")) return ["module"];
  if (flags.has("raw")) return ["raw"];
  if (flags.has("onlyStrict")) return ["strict"];
  if (flags.has("noStrict")) return ["sloppy"];
  return ["sloppy", "strict"];
}

/**
 * Features of the pinned suite that Node 20 (V8 11.3) does not implement. A test needing one
 * may still pass natively by accident (its assertions never reach the feature), so it is left
 * out by name as well.
 */
export const featuresNode20Lacks: ReadonlySet<string> = new Set([
  "explicit-resource-management",
  "source-phase-imports",
  "source-phase-imports-module-source",
  "import-defer",
  "import-text",
  "decorators",
  "promise-with-resolvers",
  "Array.fromAsync",
  "iterator-helpers",
  "set-methods",
  "Float16Array",
  "RegExp.escape",
  "promise-try",
  "uint8array-base64",
  "Math.sumPrecise",
  "Error.isError",
  "upsert",
  "ShadowRealm",
  "Temporal",
  "IsHTMLDDA",
  "Atomics.pause",
  "regexp-modifiers",
  "json-parse-with-source",
  "iterator-sequencing",
  "await-dictionary",
  "immutable-arraybuffer",
]);

/** Why a test is outside the applicable set by its metadata alone, or null. */
export function exclusionOf(metadata: Metadata): string | null {
  if (metadata.negative?.phase === "parse") return "negative parse-phase test";
  if (metadata.flags.includes("CanBlockIsFalse")) return "CanBlockIsFalse";
  const lacking = metadata.features.find((feature) => featuresNode20Lacks.has(feature));
  if (lacking !== undefined) return `needs ${lacking}, which Node 20 lacks`;
  return null;
}

/** True when the source defines a generator or async function of any form (not counting the harness). */
export function containsSuspendingFunction(source: string, goal: "script" | "module"): boolean {
  let ast: acorn.Node;
  try {
    ast = acorn.parse(source, {
      ecmaVersion: "latest",
      sourceType: goal,
      allowHashBang: true,
      allowReturnOutsideFunction: false,
    });
  } catch {
    return false;
  }
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const record = node as { type?: unknown; generator?: unknown; async?: unknown };
    if (
      (record.type === "FunctionDeclaration" || record.type === "FunctionExpression" || record.type === "ArrowFunctionExpression") &&
      (record.generator === true || record.async === true)
    ) {
      return true;
    }
    for (const value of Object.values(record)) {
      if (typeof value === "object" && value !== null) pending.push(value);
    }
  }
  return false;
}
