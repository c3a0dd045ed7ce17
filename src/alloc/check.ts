/**
 * An independent check of a slot assignment against the live sets it was made from: every
 * live local has a slot at every point, no two locals live at one point share a slot, and no
 * slot index reaches past the array. Run on every lowered function in the tests.
 */
import type { Local } from "../ir/types.js";
import type { SlotAssignment } from "./slots.js";

export function checkSlots(livePoints: ReadonlyArray<ReadonlySet<Local>>, assignment: SlotAssignment): string[] {
  const problems: string[] = [];
  livePoints.forEach((live, point) => {
    const map = assignment.atPoint[point];
    if (!map) {
      problems.push(`point ${point}: no assignment`);
      return;
    }
    const bySlot = new Map<number, Local>();
    for (const l of live) {
      const slot = map.get(l);
      if (slot === undefined) {
        problems.push(`point ${point}: live local ${l.displayName} has no slot`);
        continue;
      }
      if (slot < 0 || slot >= assignment.slots) problems.push(`point ${point}: ${l.displayName} in slot ${slot} outside 0..${assignment.slots - 1}`);
      const other = bySlot.get(slot);
      if (other) problems.push(`point ${point}: ${l.displayName} and ${other.displayName} share slot ${slot}`);
      bySlot.set(slot, l);
    }
    for (const l of map.keys()) if (!live.has(l)) problems.push(`point ${point}: dead local ${l.displayName} is saved`);
  });
  return problems;
}
