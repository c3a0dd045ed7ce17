/**
 * Summaries of samples and how figures are printed.
 *
 * Invariants: a summary of no samples is never built (callers skip the pair instead); the
 * median of an even count is the mean of the two middle samples; a ratio is only given when
 * both medians are positive, since a ratio to zero (a variant that retains nothing) says
 * nothing useful.
 */

export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("summarize: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples: [...samples] };
}

export function ratio(value: number, reference: number | undefined): number | null {
  if (reference === undefined || !(reference > 0) || !(value > 0)) return null;
  return value / reference;
}

/** Few significant digits: the noise on a shared machine makes more of them fiction. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString("en-US");
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude === 0) return "0";
  return value.toFixed(2);
}

export function formatRatio(value: number | null): string {
  if (value === null) return "—";
  return `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`;
}

export function formatRange(summary: Summary): string {
  return summary.min === summary.max ? formatNumber(summary.min) : `${formatNumber(summary.min)}–${formatNumber(summary.max)}`;
}
