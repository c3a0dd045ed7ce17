/**
 * Liveness of locals over the control-flow graph, and the live set at every suspension point.
 *
 * - Direction: backward. Domain: sets of locals. Start: nothing is live after a `return` or
 *   a `throw` that leaves the function.
 * - A local is live at a point when some path from there reads it before writing it.
 *   Instructions *gen* what they may read before writing it themselves (over-approximated,
 *   see `exposedReadsOf` in ../ir/uses.ts) and *kill* what they write on every path.
 * - Exception edges: any instruction of a block may throw, so what the block's handler needs
 *   is live throughout the block (added at every point, never killed inside it).
 * - Escapes: an opaque statement that may jump out (a rewritten break/continue/return) keeps
 *   its targets' live-in sets live before it.
 * - A suspension's successors are its three resume blocks (next, throw, return), so what
 *   `.throw()` and `.return()` need is kept too. The live set at a suspension is what its
 *   operand's evaluation leaves: live-in of the three resume blocks. The function start is a
 *   pseudo suspension whose live set is the entry block's live-in.
 * - Deliberately conservative: reads anywhere in an opaque statement count (a read shadowed by
 *   an inner binding of the same name keeps the outer local alive a little longer).
 *
 * Solved by the shared solver (./dataflow.ts); this module is the transfer function.
 *
 * Pure: reads the graph, returns new sets.
 */
import type { Block, FunctionGraph, Local, Suspension } from "../ir/types.js";
import { solveBackward } from "./dataflow.js";

export interface Liveness {
  liveIn: Map<Block, Set<Local>>;
  /** Locals live at each suspension point, by suspension index. */
  liveAtSuspension: Set<Local>[];
  /** Locals live at the function start. */
  liveAtStart: Set<Local>;
}

function union(into: Set<Local>, from: Iterable<Local>): void {
  for (const l of from) into.add(l);
}

/** Live-in of one block given the live-in of its successors. */
function transfer(block: Block, liveIn: (block: Block) => Set<Local>): Set<Local> {
  const live = new Set<Local>();
  const term = block.term;
  if (term) {
    switch (term.kind) {
      case "goto":
        union(live, liveIn(term.target));
        break;
      case "branch":
        union(live, liveIn(term.then));
        union(live, liveIn(term.else));
        union(live, term.reads);
        break;
      case "suspend":
        union(live, suspensionLive(term.suspension, liveIn));
        union(live, term.suspension.reads);
        break;
      case "return":
        union(live, term.reads);
        break;
      case "throw":
        union(live, term.reads);
        break;
      default: {
        const never: never = term;
        throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
      }
    }
  }
  for (let i = block.instrs.length - 1; i >= 0; i--) {
    const instr = block.instrs[i]!;
    for (const w of instr.writes) live.delete(w);
    union(live, instr.reads);
    for (const target of instr.escapes) union(live, liveIn(target));
  }
  if (block.handler) union(live, liveIn(block.handler));
  // A landing block's first act is to store the caught value: that local is written here.
  if (block.catchesInto && block.catchesInto !== "discard") live.delete(block.catchesInto);
  return live;
}

function suspensionLive(s: Suspension, liveIn: (block: Block) => Set<Local>): Set<Local> {
  const live = new Set<Local>();
  union(live, liveIn(s.resume));
  union(live, liveIn(s.throwResume));
  union(live, liveIn(s.returnResume));
  return live;
}

function sameSet(a: Set<Local>, b: Set<Local>): boolean {
  if (a.size !== b.size) return false;
  for (const l of a) if (!b.has(l)) return false;
  return true;
}

export function analyzeLiveness(graph: FunctionGraph): Liveness {
  const liveIn = solveBackward(graph, { initial: () => new Set<Local>(), equals: sameSet, transfer });
  const at = (b: Block) => liveIn.get(b)!;
  const liveAtSuspension = graph.suspensions.map((s) => suspensionLive(s, at));
  return { liveIn, liveAtSuspension, liveAtStart: new Set(liveIn.get(graph.entry)!) };
}
