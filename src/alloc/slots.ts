/**
 * Slot assignment: which index of the instance's slot array holds each saved local at each
 * suspension point.
 *
 * Two locals interfere when they are live at the same suspension point (the function start
 * counts as one). Values have no addresses in JavaScript and are copied into plain locals on
 * resume, so a local need not keep one slot for its whole life: the allocator may place it
 * differently at different points. That makes the lower bound — the largest live set at any
 * single point — always reachable.
 *
 * It first tries one slot per local (greedy colouring of the interference graph, locals in
 * order of first appearance, lowest free slot, ties broken by local id: deterministic), which
 * keeps the output readable and avoids moves; where that would exceed the lower bound it
 * re-places, per point, only the locals whose slot is out of range.
 *
 * Pure: live sets in, assignment out.
 */
import type { Local } from "../ir/types.js";

export interface SlotAssignment {
  /** Per point (start first, then suspensions in order): local → slot. */
  atPoint: Map<Local, number>[];
  slots: number;
  lowerBound: number;
  /** The slot a local has at every point it is saved, when it never moves. */
  homeSlot: Map<Local, number>;
  /** Locals saved at some point, in order of first appearance. */
  saved: Local[];
}

export function assignSlots(livePoints: ReadonlyArray<ReadonlySet<Local>>): SlotAssignment {
  const saved: Local[] = [];
  const seen = new Set<Local>();
  for (const live of livePoints) {
    for (const l of [...live].sort((a, b) => a.id - b.id)) {
      if (!seen.has(l)) {
        seen.add(l);
        saved.push(l);
      }
    }
  }
  const lowerBound = livePoints.reduce((m, s) => Math.max(m, s.size), 0);

  // Greedy colouring: a local's neighbours are the locals live with it somewhere.
  const neighbours = new Map<Local, Set<Local>>();
  for (const l of saved) neighbours.set(l, new Set());
  for (const live of livePoints) {
    for (const a of live) for (const b of live) if (a !== b) neighbours.get(a)!.add(b);
  }
  const colour = new Map<Local, number>();
  for (const l of saved) {
    const taken = new Set<number>();
    for (const n of neighbours.get(l)!) {
      const c = colour.get(n);
      if (c !== undefined) taken.add(c);
    }
    let c = 0;
    while (taken.has(c)) c++;
    colour.set(l, c);
  }

  const atPoint = livePoints.map((live) => {
    const map = new Map<Local, number>();
    const used = new Set<number>();
    const movers: Local[] = [];
    for (const l of [...live].sort((a, b) => a.id - b.id)) {
      const c = colour.get(l)!;
      if (c < lowerBound && !used.has(c)) {
        map.set(l, c);
        used.add(c);
      } else {
        movers.push(l);
      }
    }
    let free = 0;
    for (const l of movers) {
      while (used.has(free)) free++;
      map.set(l, free);
      used.add(free);
    }
    return map;
  });

  const homeSlot = new Map<Local, number>();
  for (const l of saved) {
    const slotsOfL = new Set<number>();
    for (const m of atPoint) if (m.has(l)) slotsOfL.add(m.get(l)!);
    if (slotsOfL.size === 1) homeSlot.set(l, [...slotsOfL][0]!);
  }
  return { atPoint, slots: lowerBound, lowerBound, homeSlot, saved };
}
