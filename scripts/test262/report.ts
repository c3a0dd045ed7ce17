/**
 * Judges a run against the expectations and prints it: a table per area, the pass rate, every
 * failure (expected ones under their reason, unexpected ones last), and the closing line
 * `N passed, N failed` where "failed" counts the unexpected results.
 *
 * Unexpected results are: an applicable test that fails and is not listed; a listed test that
 * passes; a listed test that is no longer applicable or no longer exists (its entry is stale);
 * and a runner error. `inScope` limits the stale-entry check to the tests this run looked at
 * (with `--filter`).
 */
import type { Expectations } from "./expectations.js";
import type { TestResult, VariantFailure } from "./results.js";

export interface Verdict {
  applicable: number;
  passed: number;
  expectedFailures: TestResult[];
  unexpectedFailures: TestResult[];
  unexpectedPasses: string[];
  staleEntries: { path: string; why: string }[];
  /** Listed entries that should leave the file: unexpected passes and stale entries. */
  prunable: Set<string>;
}

export function judge(results: readonly TestResult[], expectations: Expectations, inScope: (path: string) => boolean): Verdict {
  const verdict: Verdict = {
    applicable: 0,
    passed: 0,
    expectedFailures: [],
    unexpectedFailures: [],
    unexpectedPasses: [],
    staleEntries: [],
    prunable: new Set(),
  };
  const seen = new Map(results.map((result) => [result.path, result]));
  for (const result of results) {
    const listed = expectations.reasonOf.has(result.path);
    if (result.status === "pass") {
      verdict.applicable++;
      verdict.passed++;
      if (listed) {
        verdict.unexpectedPasses.push(result.path);
        verdict.prunable.add(result.path);
      }
    } else if (result.status === "fail") {
      verdict.applicable++;
      (listed ? verdict.expectedFailures : verdict.unexpectedFailures).push(result);
    } else if (result.status === "error") {
      verdict.unexpectedFailures.push(result);
    } else if (listed) {
      verdict.staleEntries.push({ path: result.path, why: `not applicable: ${result.reason}` });
      verdict.prunable.add(result.path);
    }
  }
  for (const path of expectations.reasonOf.keys()) {
    if (!seen.has(path) && inScope(path)) {
      verdict.staleEntries.push({ path, why: "no such test in the suite" });
      verdict.prunable.add(path);
    }
  }
  return verdict;
}

export function unexpectedCount(verdict: Verdict): number {
  return verdict.unexpectedFailures.length + verdict.unexpectedPasses.length + verdict.staleEntries.length;
}

/** `language/expressions/yield`, `language/arguments-object`, `built-ins/GeneratorPrototype`. */
export function areaOf(path: string): string {
  const parts = path.split("/").slice(1, -1);
  const depth = parts[0] === "language" && (parts[1] === "expressions" || parts[1] === "statements") ? 3 : 2;
  return parts.slice(0, depth).join("/");
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;
}

function failureLines(result: TestResult): string[] {
  if (result.status === "error") return [`  ${result.path}  runner error: ${result.reason.split("\n")[0]}`];
  if (result.status !== "fail") return [];
  return result.failures.map((failure: VariantFailure) => `  ${result.path} [${failure.variant}] ${failure.phase}: ${failure.error}`);
}

export function formatReport(results: readonly TestResult[], verdict: Verdict, expectations: Expectations): string {
  const lines: string[] = [];
  const areas = new Map<string, { applicable: number; passed: number; expected: number; unexpected: number }>();
  const expectedSet = new Set(verdict.expectedFailures.map((result) => result.path));
  for (const result of results) {
    if (result.status !== "pass" && result.status !== "fail" && result.status !== "error") continue;
    const area = areaOf(result.path);
    const row = areas.get(area) ?? { applicable: 0, passed: 0, expected: 0, unexpected: 0 };
    if (result.status !== "error") row.applicable++;
    if (result.status === "pass") row.passed++;
    if (expectedSet.has(result.path)) row.expected++;
    if ((result.status === "pass" && expectations.reasonOf.has(result.path)) || (result.status !== "pass" && !expectedSet.has(result.path))) {
      row.unexpected++;
    }
    areas.set(area, row);
  }
  const names = [...areas.keys()].sort();
  const width = Math.max(4, ...names.map((name) => name.length));
  const cell = (value: string | number, size = 10): string => String(value).padStart(size);
  lines.push(`${"area".padEnd(width)}${cell("applicable")}${cell("passed")}${cell("rate", 8)}${cell("expected")}${cell("unexpected", 12)}`);
  for (const name of names) {
    const row = areas.get(name)!;
    lines.push(`${name.padEnd(width)}${cell(row.applicable)}${cell(row.passed)}${cell(percent(row.passed, row.applicable), 8)}${cell(row.expected)}${cell(row.unexpected, 12)}`);
  }
  lines.push(
    `${"total".padEnd(width)}${cell(verdict.applicable)}${cell(verdict.passed)}${cell(percent(verdict.passed, verdict.applicable), 8)}${cell(verdict.expectedFailures.length)}${cell(unexpectedCount(verdict), 12)}`,
  );

  if (verdict.expectedFailures.length > 0) {
    lines.push("", `Expected failures (${verdict.expectedFailures.length}), by reason:`);
    const byReason = new Map<string, TestResult[]>();
    for (const result of verdict.expectedFailures) {
      const reason = expectations.reasonOf.get(result.path) ?? "?";
      byReason.set(reason, [...(byReason.get(reason) ?? []), result]);
    }
    const ordered = expectations.groups.map((group) => group.reason).filter((reason) => byReason.has(reason));
    for (const reason of ordered) {
      const group = byReason.get(reason)!;
      lines.push(`${reason} (${group.length})`);
      for (const result of group) lines.push(...failureLines(result));
    }
  }
  if (verdict.staleEntries.length > 0) {
    lines.push("", `Stale expectation entries (${verdict.staleEntries.length}); remove them (--prune):`);
    for (const entry of verdict.staleEntries) lines.push(`  ${entry.path}  ${entry.why}`);
  }
  if (verdict.unexpectedPasses.length > 0) {
    lines.push("", `Unexpected passes (${verdict.unexpectedPasses.length}); remove them from the expectations (--prune):`);
    for (const path of verdict.unexpectedPasses) lines.push(`  ${path}  (listed: ${expectations.reasonOf.get(path)})`);
  }
  if (verdict.unexpectedFailures.length > 0) {
    lines.push("", `Unexpected failures (${verdict.unexpectedFailures.length}):`);
    for (const result of verdict.unexpectedFailures) lines.push(...failureLines(result));
  }
  return lines.join("\n");
}
