/**
 * The text report of one lowered function: which saved locals are live at which suspension
 * point, and in which slot.
 *
 * How to read it:
 *
 *   runningSums (generator) examples/two-loops.js:4:0
 *     local                      slot  yield@8  yield@12
 *     xs                         s0    s0       s0
 *     ys                         s1    s1       s1
 *     sum                        s2    s2       s2
 *     for-of iterator (line 6)   s3    s3       .
 *     for-of iterator (line 10)  s3    .        s3
 *     live                             4        4
 *   slots: 4   lower bound: 4   without sharing: 5   regenerator keeps: 5 (xs, ys, sum, x, y)
 *
 * - The title names the function, its kind, and where it starts (`file:line:col`, column
 *   0-based as Babel counts).
 * - One row per saved local: a local that is live across at least one suspension point, by its
 *   source name or, for a value the transform introduced, a readable name. `slot` is the index
 *   in the instance's slot array that the local occupies whenever it is saved, or `moves` when
 *   the allocator placed it in different slots at different points to reach the lower bound.
 * - One column per point: `start` (what the slot array holds before the first resume: the
 *   parameters and whatever the body reads first), then each suspension point, labelled
 *   `kind@line` (see `suspensionLabels`). A cell shows the slot the local is in when it is live
 *   there (saved while parked at that point), and `.` when it is dead there (its slot is
 *   cleared or holds another local). A slot never appears twice in one column: rows that show
 *   the same slot in different columns are sharing it.
 * - `live` counts the live locals per point; its largest value is the lower bound.
 * - The last line compares: `slots` the array length each instance allocates, `lower bound` no
 *   layout can use fewer, `without sharing` one slot per saved local, `regenerator keeps` the
 *   bindings a regenerator-style lowering holds for the generator's whole life.
 * - `note:` explains slots above the lower bound; `warning:` lines mean the layout contradicts
 *   itself (a bug in the transform, shown rather than hidden) and mark the cells with `!`.
 *
 * Invariants: pure and deterministic (same layout, same bytes); columns are aligned by padding
 * with spaces, two spaces between columns; no trailing spaces; no final newline (callers join).
 */
import type { FunctionLayout } from "../layout.js";
import { kindLabel, layoutProblems, locationLabel, slotName, suspensionLabels } from "./common.js";

export interface TextReportOptions {
  /** Show the filename relative to this directory when it lies under it. */
  cwd?: string;
}

const INDENT = "  ";
const GAP = "  ";

/** Renders one function's layout as the aligned table described in this module's header. */
export function formatLayoutText(layout: FunctionLayout, options: TextReportOptions = {}): string {
  const lines: string[] = [];
  lines.push(`${layout.name} (${kindLabel(layout.kind)}) ${locationLabel(layout.filename, layout.loc, options.cwd)}`);

  const labels = suspensionLabels(layout);
  const conflicted = conflictedCells(layout);
  if (layout.suspensions.length === 0) {
    lines.push(`${INDENT}(no suspension points: nothing is saved)`);
  } else {
    const rows: string[][] = [["local", "slot", ...labels]];
    layout.locals.forEach((local, localIndex) => {
      const cells = layout.suspensions.map((s, pointIndex) => {
        const entry = s.live.find((live) => live.local === localIndex);
        if (entry === undefined) return ".";
        return slotName(entry.slot) + (conflicted.has(`${pointIndex}:${localIndex}`) ? "!" : "");
      });
      rows.push([local.name, local.slot === null ? "moves" : slotName(local.slot), ...cells]);
    });
    rows.push(["live", "", ...layout.suspensions.map((s) => String(s.live.length))]);
    lines.push(...alignColumns(rows).map((row) => INDENT + row));
    if (layout.locals.length === 0) lines.push(`${INDENT}(no local is live across a suspension point)`);
  }

  const hoisted = layout.hoistedBindings.length === 0 ? "0" : `${layout.hoistedBindings.length} (${layout.hoistedBindings.join(", ")})`;
  lines.push(
    [
      `slots: ${layout.slots}`,
      `lower bound: ${layout.lowerBound}`,
      `without sharing: ${layout.slotsWithoutSharing}`,
      `regenerator keeps: ${hoisted}`,
    ].join("   "),
  );
  for (const problem of layoutProblems(layout)) lines.push(`warning: ${problem}`);
  return lines.join("\n");
}

/** Renders several layouts, one block each, separated by a blank line, ending with a newline. */
export function formatLayoutsText(layouts: readonly FunctionLayout[], options: TextReportOptions = {}): string {
  if (layouts.length === 0) return "";
  return layouts.map((layout) => formatLayoutText(layout, options)).join("\n\n") + "\n";
}

/** Pads every column to its widest cell; the last column is not padded (no trailing spaces). */
function alignColumns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join(GAP)
      .trimEnd(),
  );
}

/** `point:local` keys of cells where a live local shares its slot with another live local. */
function conflictedCells(layout: FunctionLayout): Set<string> {
  const keys = new Set<string>();
  layout.suspensions.forEach((s, pointIndex) => {
    const bySlot = new Map<number, number[]>();
    for (const { local, slot } of s.live) {
      const holders = bySlot.get(slot) ?? [];
      holders.push(local);
      bySlot.set(slot, holders);
    }
    for (const holders of bySlot.values()) {
      if (holders.length > 1) for (const localIndex of holders) keys.add(`${pointIndex}:${localIndex}`);
    }
  });
  return keys;
}
