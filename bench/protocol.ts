/**
 * What the runner and its child processes (child.js measures, prepare-child.js lowers) say
 * to each other. The runner passes one
 * request as a JSON command-line argument; the child prints exactly one line starting with
 * RESULT_PREFIX on stdout, carrying either a result or an error. Anything else the child
 * prints is diagnostic and only shown when the child fails.
 *
 * Invariant: one child measures one (workload, variant) pair once, so every sample comes
 * from a fresh engine with no JIT state or heap left over from another variant.
 */
import type { VariantName } from "./variants.js";

export const RESULT_PREFIX = "@@bench-result ";

/** For prepare-child.js: lower the named workloads with one variant. */
export interface PrepareRequest {
  variant: VariantName;
  workloads: string[];
  pluginPath: string;
  /** Ignore cached outputs of this variant. */
  fresh: boolean;
  /** Also rebuild the corpora's common input (the runner asks this of the first variant only). */
  freshCorpusInput: boolean;
}

/** For child.js: measure one (workload, variant) pair once. */
export interface ChildRequest {
  workload: string;
  variant: VariantName;
  /** The prepared (transformed) program for time and memory workloads. */
  programPath: string | null;
  /** "check" only computes the checksum (used for a reference when native is not run). */
  mode: "measure" | "check";
  warmupMs: number;
  budgetMs: number;
  pluginPath: string;
}

export interface Figure {
  /** e.g. "ns per yield", "heap bytes per suspended instance". */
  label: string;
  value: number;
  /** Lower is better for every figure the suite reports; kept explicit for the JSON output. */
  better: "lower";
}

export interface ChildResult {
  ok: true;
  checksum: number | string;
  figures: Figure[];
  /** Free-form facts about the sample (batch size, iterations), for --json readers. */
  detail: Record<string, number | string>;
}

export interface ChildFailure {
  ok: false;
  error: string;
}

export type ChildReply = ChildResult | ChildFailure;
