/**
 * Turns measured samples into what people read: a text table per workload (medians,
 * min–max, ratios against native and against regenerator), a markdown summary for the
 * README, and a JSON document for tools.
 *
 * Invariants: every (workload, variant) pair selected for the run appears in every output,
 * measured or with the reason it was not; ratios compare medians of the same figure only;
 * nothing here measures or decides, it only formats what run.ts collected.
 */
import { availableParallelism, cpus, platform, arch, totalmem } from "node:os";
import type { Sizes } from "./corpus.js";
import { formatNumber, formatRange, formatRatio, ratio, summarize, type Summary } from "./stats.js";
import type { VariantName } from "./variants.js";
import type { Workload } from "./workloads.js";
import type { Figure } from "./protocol.js";

/** A row of a table: a variant, or the hand-written floor some workloads have. */
export type RowName = VariantName | "hand-written";

export interface PairOutcome {
  workload: Workload;
  variant: RowName;
  /** Figure label → one sample per round. Empty when the pair was skipped. */
  samples: Map<string, number[]>;
  /** Deterministic figures measured once (corpus output sizes). */
  sizes: Sizes | null;
  skipped: string | null;
  /** Set when this variant's checksum differed from native's; its figures are suspect. */
  mismatch: string | null;
  checksum: number | string | null;
}

/**
 * Records one measured sample of a pair, on any engine: its checksum, checked against the
 * reference run's when there is one (a slot-machine row that disagrees is dropped, not
 * measured; any other row is flagged as a mismatch), then its figures. Returns the checksum
 * disagreement, for the caller to log, or null.
 */
export function recordSample(
  outcome: PairOutcome,
  sample: { checksum: number | string; figures: readonly Figure[] },
  expected: number | string | undefined,
  referenceName: string,
): string | null {
  outcome.checksum = sample.checksum;
  let disagreement: string | null = null;
  if (expected !== undefined && expected !== sample.checksum) {
    disagreement = `checksum ${String(sample.checksum)} differs from ${referenceName}'s ${String(expected)}`;
    if (outcome.variant === "slot-machine") {
      outcome.skipped = `${disagreement}: not measured`;
      outcome.samples.clear();
      return disagreement;
    }
    outcome.mismatch = disagreement;
  }
  for (const figure of sample.figures) {
    const samples = outcome.samples.get(figure.label) ?? [];
    samples.push(figure.value);
    outcome.samples.set(figure.label, samples);
  }
  return disagreement;
}

export interface FigureReport {
  label: string;
  summary: Summary;
  vsNative: number | null;
  vsRegenerator: number | null;
  /** Against the hand-written floor; present only where the workload has one on this engine. */
  vsFloor?: number | null;
}

export interface PairReport {
  workload: string;
  variant: RowName;
  status: "measured" | "skipped";
  note: string | null;
  checksum: number | string | null;
  figures: FigureReport[];
}

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  v8: string;
  platform: string;
}

export function describeMachine(): Machine {
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? "?",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${arch()}`,
  };
}

const SIZE_LABELS: ReadonlyArray<[keyof Sizes, string]> = [
  ["raw", "output bytes, raw"],
  ["minified", "output bytes, terser"],
  ["gzipped", "output bytes, terser + gzip"],
];

/** All figures of one pair as summaries, sizes included as single-sample figures. */
function figuresOf(outcome: PairOutcome): Map<string, Summary> {
  const figures = new Map<string, Summary>();
  for (const [label, samples] of outcome.samples) if (samples.length > 0) figures.set(label, summarize(samples));
  if (outcome.sizes !== null) {
    for (const [key, label] of SIZE_LABELS) figures.set(label, summarize([outcome.sizes[key]]));
  }
  return figures;
}

export function buildReports(outcomes: readonly PairOutcome[]): PairReport[] {
  const byPair = new Map<string, Map<string, Summary>>();
  for (const outcome of outcomes) {
    if (outcome.skipped === null) byPair.set(`${outcome.workload.name}|${outcome.variant}`, figuresOf(outcome));
  }
  return outcomes.map((outcome) => {
    const own = byPair.get(`${outcome.workload.name}|${outcome.variant}`);
    const native = byPair.get(`${outcome.workload.name}|native`);
    const regenerator = byPair.get(`${outcome.workload.name}|regenerator`);
    const floor = byPair.get(`${outcome.workload.name}|hand-written`);
    const figures: FigureReport[] = [];
    for (const [label, summary] of own ?? []) {
      figures.push({
        label,
        summary,
        vsNative: ratio(summary.median, native?.get(label)?.median),
        vsRegenerator: ratio(summary.median, regenerator?.get(label)?.median),
        ...(floor === undefined ? {} : { vsFloor: ratio(summary.median, floor.get(label)?.median) }),
      });
    }
    return {
      workload: outcome.workload.name,
      variant: outcome.variant,
      status: outcome.skipped === null ? "measured" : "skipped",
      note: outcome.skipped ?? outcome.mismatch,
      checksum: outcome.checksum,
      figures,
    };
  });
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatText(workloads: readonly Workload[], reports: readonly PairReport[]): string {
  const lines: string[] = [];
  for (const workload of workloads) {
    const rows = reports.filter((report) => report.workload === workload.name);
    if (rows.length === 0) continue;
    lines.push("", `${workload.name} — ${workload.summary}`);
    const labels = [...new Set(rows.flatMap((row) => row.figures.map((figure) => figure.label)))];
    if (labels.length === 0) labels.push("(nothing measured)");
    for (const label of labels) {
      const labelWidth = Math.max(14, label.length);
      // The floor column appears only where a hand-written row exists (other engines).
      const floorColumn = rows.some((row) => row.variant === "hand-written");
      const floorHeader = floorColumn ? `  ${pad("×hand-written", 13, true)}` : "";
      lines.push(`  ${pad("variant", 13)} ${pad(label, labelWidth, true)}  ${pad("min–max", 19, true)}  ${pad("×native", 8, true)}  ${pad("×regenerator", 12, true)}${floorHeader}`);
      for (const row of rows) {
        const figure = row.figures.find((candidate) => candidate.label === label);
        if (figure === undefined) {
          if (label === labels[0]) lines.push(`  ${pad(row.variant, 13)} ${row.status === "skipped" ? "skipped: " : ""}${row.note ?? "no such figure"}`);
          continue;
        }
        const flag = row.note !== null ? "  ! " + row.note : "";
        lines.push(
          `  ${pad(row.variant, 13)} ${pad(formatNumber(figure.summary.median), labelWidth, true)}  ${pad(formatRange(figure.summary), 19, true)}  ${pad(formatRatio(figure.vsNative), 8, true)}  ${pad(formatRatio(figure.vsRegenerator), 12, true)}${floorColumn ? `  ${pad(formatRatio(figure.vsFloor ?? null), 13, true)}` : ""}${flag}`,
        );
      }
    }
  }
  return lines.join("\n");
}

export function formatMarkdown(
  workloads: readonly Workload[],
  variants: readonly RowName[],
  reports: readonly PairReport[],
  machine: Machine,
  rounds: number,
  revision: string,
): string {
  const lines: string[] = [
    `Measured ${machine.date.slice(0, 10)} (package ${revision}) on ${machine.cpu}, nproc ${machine.nproc}, node ${machine.node} (V8 ${machine.v8}), ${machine.platform}; each cell the median of ${rounds} fresh processes (a timing sample is itself the median batch of its process); ratios are that median over native's (and over regenerator's, for slot-machine).`,
    "",
    `| workload | figure | ${variants.join(" | ")} |`,
    `|---|---|${variants.map(() => "---:").join("|")}|`,
  ];
  for (const workload of workloads) {
    const rows = reports.filter((report) => report.workload === workload.name);
    const labels = [...new Set(rows.flatMap((row) => row.figures.map((figure) => figure.label)))];
    for (const label of labels) {
      const cells = variants.map((variant) => {
        const row = rows.find((candidate) => candidate.variant === variant);
        const figure = row?.figures.find((candidate) => candidate.label === label);
        if (row === undefined) return "";
        if (figure === undefined) return row.status === "skipped" ? "skipped" : "—";
        const parts = [formatNumber(figure.summary.median)];
        if (variant !== "native" && figure.vsNative !== null) parts.push(`${formatRatio(figure.vsNative)} native`);
        if (variant === "slot-machine" && figure.vsRegenerator !== null) parts.push(`${formatRatio(figure.vsRegenerator)} regen.`);
        if (variant !== "hand-written" && figure.vsFloor != null) parts.push(`${formatRatio(figure.vsFloor ?? null)} hand-written`);
        const text = parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(", ")})` : parts[0]!;
        return row.note !== null ? `${text} ⚠` : text;
      });
      lines.push(`| ${workload.name} | ${label} | ${cells.join(" | ")} |`);
    }
  }
  const notes = reports.filter((report) => report.note !== null);
  if (notes.length > 0) {
    lines.push("");
    for (const report of notes) lines.push(`- ${report.workload} × ${report.variant}: ${report.note}`);
  }
  return lines.join("\n");
}
