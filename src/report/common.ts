/**
 * What the text and JSON reports share: the label of each suspension point, the display form
 * of a function's kind and location, and the consistency checks a layout is read against.
 *
 * Invariants:
 * - Pure: every function here depends only on its arguments, so a report is deterministic and
 *   the same layout always prints the same bytes.
 * - Labels are unique within a function and computed the same way for text and JSON, so a
 *   reader can match a JSON entry against a column of the text table by its label.
 * - The checks only compare a layout with itself (slot indices, live sets, the stated lower
 *   bound). They never re-run liveness or allocation: the report renders what the transform
 *   produced, and flags what cannot be right rather than silently printing it.
 */
import type { FunctionKind, FunctionLayout, SourcePosition } from "../layout.js";

/** How a function's kind reads in a title: "generator", "async function", "async generator". */
export function kindLabel(kind: FunctionKind): string {
  switch (kind) {
    case "generator":
      return "generator";
    case "async":
      return "async function";
    case "asyncGenerator":
      return "async generator";
    default: {
      const unknownKind: never = kind;
      return String(unknownKind);
    }
  }
}

/** Slot `n` as the report writes it everywhere: `s0`, `s1`... */
export function slotName(slot: number): string {
  return `s${slot}`;
}

/**
 * `file:line:col`, with the file shown relative to `cwd` when it lies under it (Babel hands the
 * plugin absolute filenames; a relative path is what a reader typed and what fixtures can pin).
 */
export function locationLabel(filename: string | null, loc: SourcePosition | null, cwd?: string): string {
  const file = filename === null ? "<input>" : displayFilename(filename, cwd);
  return loc === null ? file : `${file}:${loc.line}:${loc.column}`;
}

/**
 * `filename` relative to `cwd` when it is inside it, forward slashes, otherwise unchanged.
 * Written with string operations instead of node:path so the report stays usable anywhere
 * Babel runs (it is imported by the plugin, which may run in a bundler's worker or a browser).
 */
export function displayFilename(filename: string, cwd?: string): string {
  if (cwd === undefined || cwd === "") return filename;
  const norm = (p: string): string => p.replace(/\\/g, "/");
  const file = norm(filename);
  const base = norm(cwd).replace(/\/+$/, "");
  if (file.startsWith(base + "/")) return file.slice(base.length + 1);
  return filename;
}

/**
 * One label per point, in the layout's order. The function start (kind `start`, what the slot
 * array holds before the first resume) is `start`; a suspension is `kind@line` (`yield@4`,
 * `await@7`, `yield*@9`, `for-await@12`). When two suspensions share a line the column is added
 * to both (`await@3:10`, `await@3:24`); one without a location falls back to its index
 * (`await#2`), and any label still ambiguous gets its index too (`await@9#4`), so labels are
 * always unique.
 */
export function suspensionLabels(layout: FunctionLayout): string[] {
  const byLine = layout.suspensions.map((s) =>
    s.kind === "start" ? "start" : s.loc === null ? null : `${s.kind}@${s.loc.line}`,
  );
  const lineCounts = countOccurrences(byLine);
  const first = layout.suspensions.map((s, i) => {
    const line = byLine[i];
    if (line === null || line === undefined) return `${s.kind}#${s.index}`;
    if (s.kind === "start" || s.loc === null) return line;
    return (lineCounts.get(line) ?? 0) > 1 ? `${line}:${s.loc.column}` : line;
  });
  const counts = countOccurrences(first);
  return first.map((label, i) => {
    const s = layout.suspensions[i];
    if (s === undefined) return label;
    if ((counts.get(label) ?? 0) <= 1) return label;
    return s.loc === null ? `${s.kind}#${s.index}` : `${s.kind}@${s.loc.line}#${s.index}`;
  });
}

function countOccurrences(values: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Size of the largest live set: what `lowerBound` must equal for a consistent layout. */
export function largestLiveSet(layout: FunctionLayout): number {
  let largest = 0;
  for (const s of layout.suspensions) largest = Math.max(largest, s.live.length);
  return largest;
}

/**
 * Everything in `layout` that contradicts itself, one sentence each, in a fixed order: a home
 * slot outside the slot array; per point, a live entry naming no local, a slot outside the
 * array, a slot other than the local's home slot, or two live locals in one slot; then a lower
 * bound that is not the largest live set, fewer slots than the lower bound, and a count
 * without sharing that differs from the number of saved locals. An empty array means the
 * layout is consistent (it does not mean the liveness behind it is right).
 */
export function layoutProblems(layout: FunctionLayout): string[] {
  const problems: string[] = [];
  // The allocator always reaches the lower bound (../alloc/slots.ts; ../alloc/check.ts checks it).
  if (layout.slots !== layout.lowerBound) problems.push(`uses ${layout.slots} slots where ${layout.lowerBound} suffice (the lower bound)`);
  const labels = suspensionLabels(layout);
  const outside = (slot: number): boolean => !Number.isInteger(slot) || slot < 0 || slot >= layout.slots;
  layout.locals.forEach((local, i) => {
    if (local.slot !== null && outside(local.slot)) {
      problems.push(`local ${i} (${local.name}) has home ${slotName(local.slot)} but the function has ${layout.slots} slots`);
    }
  });
  layout.suspensions.forEach((s, i) => {
    const label = labels[i] ?? `#${i}`;
    const holder = new Map<number, string>();
    for (const entry of s.live) {
      const local = layout.locals[entry.local];
      if (local === undefined) {
        problems.push(`${label} lists live local ${entry.local}, which does not exist`);
        continue;
      }
      if (outside(entry.slot)) {
        problems.push(`${label}: ${local.name} is in ${slotName(entry.slot)} but the function has ${layout.slots} slots`);
      }
      if (local.slot !== null && local.slot !== entry.slot) {
        problems.push(`${label}: ${local.name} is in ${slotName(entry.slot)}, not its home ${slotName(local.slot)}`);
      }
      const other = holder.get(entry.slot);
      if (other !== undefined) {
        problems.push(`${label}: ${other} and ${local.name} are both live in ${slotName(entry.slot)}`);
      } else {
        holder.set(entry.slot, local.name);
      }
    }
  });
  const largest = largestLiveSet(layout);
  if (layout.lowerBound !== largest) {
    problems.push(`lower bound ${layout.lowerBound} differs from the largest live set (${largest})`);
  }
  if (layout.slots < layout.lowerBound) {
    problems.push(`${layout.slots} slots is below the lower bound ${layout.lowerBound}`);
  }
  if (layout.slotsWithoutSharing !== layout.locals.length) {
    problems.push(
      `without sharing is ${layout.slotsWithoutSharing} but ${layout.locals.length} locals are saved`,
    );
  }
  return problems;
}
