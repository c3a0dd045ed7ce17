/**
 * The expectations file: every applicable test262 test expected to fail when lowered, grouped
 * under its reason.
 *
 * Format (test/test262/expectations.txt): `#` lines are comments, a `## reason` line opens a
 * group, every other non-blank line is a test path (`test/language/...js`) in the open group.
 *
 * Invariants:
 * - A path appears at most once; a path before any `## reason` line is an error.
 * - `pruned` keeps the header comments, every group's reason and order, and every entry it is
 *   not told to drop; only groups left empty disappear.
 */
import { readFileSync, writeFileSync } from "node:fs";

export interface ExpectationGroup {
  reason: string;
  paths: string[];
}

export interface Expectations {
  header: string[];
  groups: ExpectationGroup[];
  /** path -> reason */
  reasonOf: Map<string, string>;
}

export function parseExpectations(text: string, file = "expectations"): Expectations {
  const header: string[] = [];
  const groups: ExpectationGroup[] = [];
  const reasonOf = new Map<string, string>();
  let group: ExpectationGroup | null = null;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith("## ")) {
      const reason = line.slice(3).trim();
      group = groups.find((known) => known.reason === reason) ?? null;
      if (!group) {
        group = { reason, paths: [] };
        groups.push(group);
      }
      return;
    }
    if (line.startsWith("#")) {
      if (groups.length === 0) header.push(raw.trimEnd());
      return;
    }
    if (line === "") return;
    if (!group) throw new Error(`${file}:${index + 1}: "${line}" comes before any "## reason" line`);
    if (reasonOf.has(line)) throw new Error(`${file}:${index + 1}: ${line} is listed twice`);
    reasonOf.set(line, group.reason);
    group.paths.push(line);
  });
  return { header, groups, reasonOf };
}

export function readExpectations(file: string): Expectations {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return parseExpectations(text, file);
}

export function formatExpectations(expectations: Pick<Expectations, "header" | "groups">): string {
  const parts = [expectations.header.join("\n")];
  for (const group of expectations.groups) {
    if (group.paths.length === 0) continue;
    parts.push([`## ${group.reason}`, ...group.paths].join("\n"));
  }
  return `${parts.filter((part) => part !== "").join("\n\n")}\n`;
}

/** The same expectations without the given paths. */
export function pruned(expectations: Expectations, drop: ReadonlySet<string>): Expectations {
  const groups = expectations.groups.map((group) => ({ reason: group.reason, paths: group.paths.filter((path) => !drop.has(path)) }));
  const reasonOf = new Map([...expectations.reasonOf].filter(([path]) => !drop.has(path)));
  return { header: expectations.header, groups, reasonOf };
}

export function writeExpectations(file: string, expectations: Expectations): void {
  writeFileSync(file, formatExpectations(expectations));
}
