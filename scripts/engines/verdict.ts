/**
 * Judges a run of `npm run test:engines` against test/engines/expectations.txt and prints it:
 * per engine, how many programs pass, how many fail as listed, and every unexpected result.
 *
 * Unexpected, and failing the run: a program that fails and is not listed; a listed program
 * that passes; an entry whose engine ran and whose program is in scope but did not run
 * (stale: renamed, deleted, or now refused or skipped). Entries of an engine that is not
 * installed are neither run nor stale.
 */
import type { ForeignEngineName } from "../../bench/engines.js";
import type { ProgramFile } from "../../test/harness/index.js";
import type { Expectations } from "../test262/expectations.js";

/** One program on one engine; `key` is its expectations entry, "<engine> <path>". */
export interface Outcome {
  key: string;
  engine: ForeignEngineName;
  program: ProgramFile;
  /** Null: same trace as native Node. Otherwise what differs, for the report. */
  failure: string | null;
  /** Where the script was written, to rerun it by hand. */
  script: string | null;
}

export interface Verdict {
  passed: number;
  expectedFailures: Outcome[];
  unexpectedFailures: Outcome[];
  unexpectedPasses: Outcome[];
  stale: string[];
  prunable: Set<string>;
}

export function judge(outcomes: readonly Outcome[], expectations: Expectations, engines: readonly string[], inScope: (path: string) => boolean): Verdict {
  const verdict: Verdict = { passed: 0, expectedFailures: [], unexpectedFailures: [], unexpectedPasses: [], stale: [], prunable: new Set() };
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    seen.add(outcome.key);
    const listed = expectations.reasonOf.has(outcome.key);
    if (outcome.failure === null) {
      verdict.passed++;
      if (listed) {
        verdict.unexpectedPasses.push(outcome);
        verdict.prunable.add(outcome.key);
      }
    } else (listed ? verdict.expectedFailures : verdict.unexpectedFailures).push(outcome);
  }
  // An entry is stale when its engine ran and its program is in scope but did not run.
  for (const key of expectations.reasonOf.keys()) {
    const [engine = "", path = ""] = key.split(" ");
    if (engines.includes(engine) && inScope(path) && !seen.has(key)) {
      verdict.stale.push(key);
      verdict.prunable.add(key);
    }
  }
  return verdict;
}

/** The report: counts per engine, listed failures by reason, then every unexpected result. */
export function formatReport(outcomes: readonly Outcome[], verdict: Verdict, expectations: Expectations): string {
  const lines: string[] = [];
  const engines = [...new Set(outcomes.map((outcome) => outcome.engine))];
  const expected = new Set(verdict.expectedFailures);
  for (const engine of engines) {
    const mine = outcomes.filter((outcome) => outcome.engine === engine);
    const passed = mine.filter((outcome) => outcome.failure === null).length;
    const listed = mine.filter((outcome) => expected.has(outcome)).length;
    lines.push(`${engine}: ${mine.length} programs, ${passed} pass, ${listed} listed failures, ${mine.length - passed - listed} unexpected failures`);
  }
  if (verdict.expectedFailures.length > 0) {
    lines.push(`\nListed failures (${verdict.expectedFailures.length}), by reason:`);
    for (const group of expectations.groups) {
      const members = verdict.expectedFailures.filter((outcome) => expectations.reasonOf.get(outcome.key) === group.reason);
      if (members.length === 0) continue;
      lines.push(`  ${group.reason} (${members.length})`);
      for (const outcome of members) lines.push(`    ${outcome.key}  ${outcome.failure!.split("\n")[0]}`);
    }
  }
  for (const outcome of verdict.unexpectedPasses) lines.push(`\nUNEXPECTED PASS ${outcome.key}: listed under "${expectations.reasonOf.get(outcome.key)}"; remove it (--prune)`);
  for (const key of verdict.stale) lines.push(`\nSTALE ENTRY ${key}: no such program ran (--prune removes it)`);
  for (const outcome of verdict.unexpectedFailures) {
    lines.push(`\nFAIL ${outcome.key}${outcome.script ? `  (script: ${outcome.script})` : ""}\n${outcome.failure!}`);
  }
  return lines.join("\n");
}

export function unexpectedCount(verdict: Verdict): number {
  return verdict.unexpectedFailures.length + verdict.unexpectedPasses.length + verdict.stale.length;
}
