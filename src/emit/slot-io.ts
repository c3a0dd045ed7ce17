/**
 * The slot array's loads and stores around a suspension point (point 0 is the start, point
 * k + 1 is suspension k):
 * - a resume loads the point's live locals from their slots;
 * - a suspension stores its live locals and clears every other slot (so that a dead value is
 *   never held), except where the slot-sync analysis proved the slot already holds that value
 *   (../analysis/slot-sync.ts).
 * At the start, a live local that is not a start local (a `var` read before any write) is
 * undefined in its slot and in the fresh step function's variable alike: it is not loaded.
 */
import { types as t } from "@babel/core";
import type { FunctionGraph, Local } from "../ir/types.js";
import type { SlotAssignment } from "../alloc/slots.js";
import type { SlotFacts } from "../analysis/slot-sync.js";
import { assignment as assign } from "../ir/ast.js";

export interface SlotAccess {
  graph: FunctionGraph;
  slots: SlotAssignment;
  /** Per suspension: stores it can skip. */
  slotFacts: SlotFacts[];
  /** Name slots in comments (debugSlotNames). */
  debugSlotNames: boolean;
}

function slotRef(access: SlotAccess, slot: number, local: Local | null): t.MemberExpression {
  const ref = t.memberExpression(t.identifier(access.graph.names.slots), t.numericLiteral(slot), true);
  if (access.debugSlotNames && local) t.addComment(ref.property, "trailing", ` ${local.displayName} `, false);
  return ref;
}

/** `local = slots[i]` for each local live at the point, by slot. */
export function loadSlots(access: SlotAccess, point: number): t.Statement[] {
  const map = access.slots.atPoint[point]!;
  // (Only the start needs the start locals: the set is made for point 0 alone.)
  const startLocals = point === 0 ? new Set(access.graph.startLocals.map((s) => s.local)) : null;
  return [...map]
    .filter(([local]) => startLocals === null || startLocals.has(local))
    .sort((a, b) => a[1] - b[1])
    .map(([local, slot]) => assign(t.identifier(local.name), slotRef(access, slot, local)));
}

/** The stores of a suspension: `slots[i] = local` for its live locals, one chained clear of the rest. */
export function saveSlots(access: SlotAccess, point: number): t.Statement[] {
  const map = access.slots.atPoint[point]!;
  const facts = access.slotFacts[point - 1]!;
  const bySlot = new Map<number, Local>();
  for (const [l, s] of map) bySlot.set(s, l);
  const out: t.Statement[] = [];
  const cleared: number[] = [];
  for (let i = 0; i < access.slots.slots; i++) {
    const l = bySlot.get(i);
    if (l ? facts.inSync.has(l) : facts.empty.has(i)) continue;
    if (l) out.push(assign(slotRef(access, i, l), t.identifier(l.name)));
    else cleared.push(i);
  }
  // `s[1] = s[4] = void 0`: the slots are distinct, so order is free.
  if (cleared.length > 0) {
    let value: t.Expression = t.unaryExpression("void", t.numericLiteral(0));
    for (let k = cleared.length - 1; k >= 0; k--) value = t.assignmentExpression("=", slotRef(access, cleared[k]!, null), value);
    out.push(t.expressionStatement(value));
  }
  return out;
}
