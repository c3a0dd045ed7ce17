/**
 * Compares the two consoles of a run line by line, for the page to mark differences.
 *
 * Invariant: the result has one row per line of the longer console; a row differs when the two
 * sides are not the same text or one side has no such line. Two consoles are equal exactly when
 * no row differs and both runs ended the same way.
 */
export interface ComparedLine {
  original: string | null;
  lowered: string | null;
  differs: boolean;
}

export function compareConsoles(original: readonly string[], lowered: readonly string[]): ComparedLine[] {
  const rows: ComparedLine[] = [];
  for (let i = 0; i < Math.max(original.length, lowered.length); i++) {
    const a = i < original.length ? (original[i] ?? null) : null;
    const b = i < lowered.length ? (lowered[i] ?? null) : null;
    rows.push({ original: a, lowered: b, differs: a !== b });
  }
  return rows;
}
