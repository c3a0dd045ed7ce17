/**
 * What a run decides about each test: the shapes shared by the worker, the pool, the report and
 * the `--json` dump.
 *
 * Invariants: `pass` and `fail` are the applicable tests (they passed natively in every
 * variant); `excluded` says why a test is not applicable; `error` is the runner's own crash on a
 * test and always counts as an unexpected result.
 */
import type { Phase } from "./realm.js";
import type { Variant } from "./select.js";

export interface VariantFailure {
  variant: Variant | "any";
  phase: Phase | "timeout";
  error: string;
}

export type TestResult =
  | { path: string; status: "pass"; variants: Variant[] }
  | { path: string; status: "fail"; variants: Variant[]; failures: VariantFailure[] }
  | { path: string; status: "excluded"; reason: string }
  | { path: string; status: "error"; reason: string };

export function isApplicable(result: TestResult): boolean {
  return result.status === "pass" || result.status === "fail";
}
