/**
 * Liveness of locals over the control-flow graph, and the live set at every suspension point.
 *
 * - Direction: backward. Domain: sets of locals. Start: nothing is live after a `return` or
 *   a `throw` that leaves the function.
 * - A local is live at a point when some path from there reads it before writing it.
 *   Instructions *gen* what they may read (over-approximated, see ../ir/uses.ts) and *kill*
 *   what they write on every path.
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
 * Pure: reads the graph, returns new sets.
 */
import type { Block, FunctionGraph, Local, Suspension } from "../ir/types.js";

export interface Liveness {
  liveIn: Map<Block, Set<Local>>;
  /** Locals live at each suspension point, by suspension index. */
  liveAtSuspension: Set<Local>[];
  /** Locals live at the function start. */
  liveAtStart: Set<Local>;
}

function successors(block: Block): Block[] {
  const term = block.term;
  const out: Block[] = [];
  for (const instr of block.instrs) out.push(...instr.escapes);
  if (block.handler) out.push(block.handler);
  if (!term) return out;
  switch (term.kind) {
    case "goto":
      out.push(term.target);
      break;
    case "branch":
      out.push(term.then, term.else);
      break;
    case "suspend":
      out.push(term.suspension.resume, term.suspension.throwResume, term.suspension.returnResume);
      break;
    case "return":
    case "throw":
      break;
    default: {
      const never: never = term;
      throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
    }
  }
  return out;
}

function union(into: Set<Local>, from: Iterable<Local>): void {
  for (const l of from) into.add(l);
}

/** Live-in of one block given the current live-in of every block. */
function transfer(block: Block, liveIn: Map<Block, Set<Local>>): Set<Local> {
  const live = new Set<Local>();
  const term = block.term;
  if (term) {
    switch (term.kind) {
      case "goto":
        union(live, liveIn.get(term.target)!);
        break;
      case "branch":
        union(live, liveIn.get(term.then)!);
        union(live, liveIn.get(term.else)!);
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
    for (const target of instr.escapes) union(live, liveIn.get(target)!);
  }
  if (block.handler) union(live, liveIn.get(block.handler)!);
  // A landing block's first act is to store the caught value: that local is written here.
  if (block.catchesInto && block.catchesInto !== "discard") live.delete(block.catchesInto);
  return live;
}

function suspensionLive(s: Suspension, liveIn: Map<Block, Set<Local>>): Set<Local> {
  const live = new Set<Local>();
  union(live, liveIn.get(s.resume)!);
  union(live, liveIn.get(s.throwResume)!);
  union(live, liveIn.get(s.returnResume)!);
  return live;
}

export function analyzeLiveness(graph: FunctionGraph): Liveness {
  const liveIn = new Map<Block, Set<Local>>();
  for (const b of graph.blocks) liveIn.set(b, new Set());
  // Predecessors, for a worklist that revisits only what changed.
  const preds = new Map<Block, Block[]>();
  for (const b of graph.blocks) preds.set(b, []);
  for (const b of graph.blocks) for (const s of successors(b)) preds.get(s)!.push(b);
  const work = [...graph.blocks].reverse();
  const queued = new Set(work);
  while (work.length > 0) {
    const block = work.pop()!;
    queued.delete(block);
    const next = transfer(block, liveIn);
    const prev = liveIn.get(block)!;
    if (next.size === prev.size && [...next].every((l) => prev.has(l))) continue;
    liveIn.set(block, next);
    for (const p of preds.get(block)!) {
      if (!queued.has(p)) {
        queued.add(p);
        work.push(p);
      }
    }
  }
  const liveAtSuspension = graph.suspensions.map((s) => suspensionLive(s, liveIn));
  return { liveIn, liveAtSuspension, liveAtStart: new Set(liveIn.get(graph.entry)!) };
}

export { successors };
