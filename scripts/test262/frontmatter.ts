/**
 * test262 frontmatter: the YAML block between `/*---` and `---*\/` at the top of every test
 * (INTERPRETING.md, "Metadata"). Only the keys that change how a test runs are kept.
 *
 * Invariants:
 * - A file without a block has empty metadata (a test with no requirements).
 * - A block that is not valid YAML throws with the file named: a test we cannot read must not be
 *   run with guessed requirements.
 * - Lists are always arrays (absent means empty); `negative` is present only when the test
 *   declares both its phase and its error type.
 */
import { load } from "js-yaml";

export type NegativePhase = "parse" | "resolution" | "runtime";

export interface Negative {
  phase: NegativePhase;
  /** The name of the constructor of the expected error, e.g. "SyntaxError". */
  type: string;
}

export interface Metadata {
  includes: string[];
  flags: string[];
  features: string[];
  negative?: Negative;
}

const start = "/*---";
const end = "---*/";

function stringList(value: unknown, key: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string")) {
    throw new Error(`${file}: frontmatter "${key}" must be a list of strings`);
  }
  return value;
}

/** Reads the metadata of one test's source; `file` only names it in errors. */
export function parseFrontmatter(source: string, file = "test"): Metadata {
  const from = source.indexOf(start);
  if (from === -1) return { includes: [], flags: [], features: [] };
  const to = source.indexOf(end, from + start.length);
  if (to === -1) throw new Error(`${file}: frontmatter opened with /*--- is never closed`);
  let parsed: unknown;
  try {
    parsed = load(source.slice(from + start.length, to));
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const record = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const metadata: Metadata = {
    includes: stringList(record.includes, "includes", file),
    flags: stringList(record.flags, "flags", file),
    features: stringList(record.features, "features", file),
  };
  const negative = record.negative as { phase?: unknown; type?: unknown } | undefined;
  if (negative !== undefined && negative !== null) {
    const { phase, type } = negative;
    if ((phase !== "parse" && phase !== "resolution" && phase !== "runtime") || typeof type !== "string") {
      throw new Error(`${file}: frontmatter "negative" needs a phase (parse, resolution, runtime) and a type`);
    }
    metadata.negative = { phase, type };
  }
  return metadata;
}
