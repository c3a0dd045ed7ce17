/**
 * The control-flow edges of a FunctionGraph, in one place for every analysis and the emitter.
 *
 * A block's successors are its terminator's targets (for a suspension: its three resume
 * blocks) plus the edges any instruction can take: the escapes of its opaque statements and,
 * when it has one, its exception handler. `normalSuccessors` is the terminator's part alone.
 */
import type { Block, FunctionGraph } from "./types.js";

/** Where the block's terminator can go. */
export function normalSuccessors(block: Block): Block[] {
  const term = block.term;
  if (!term) return [];
  switch (term.kind) {
    case "goto":
      return [term.target];
    case "branch":
      return [term.then, term.else];
    case "suspend":
      return [term.suspension.resume, term.suspension.throwResume, term.suspension.returnResume];
    case "return":
    case "throw":
      return [];
    default: {
      const never: never = term;
      throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
    }
  }
}

/** Every block control can reach from this one: escapes, handler, then the terminator's targets. */
export function successors(block: Block): Block[] {
  const out: Block[] = [];
  for (const instr of block.instrs) out.push(...instr.escapes);
  if (block.handler) out.push(block.handler);
  out.push(...normalSuccessors(block));
  return out;
}

/** Each block's predecessors (with repeats when several edges lead from one block). */
export function predecessors(graph: FunctionGraph): Map<Block, Block[]> {
  const preds = new Map<Block, Block[]>();
  for (const b of graph.blocks) preds.set(b, []);
  for (const b of graph.blocks) for (const s of successors(b)) preds.get(s)!.push(b);
  return preds;
}

/** The blocks control can reach from the entry, in creation order (which follows the source). */
export function reachableBlocks(graph: FunctionGraph): Block[] {
  const reachable = new Set<Block>();
  const work = [graph.entry];
  while (work.length) {
    const b = work.pop()!;
    if (reachable.has(b)) continue;
    reachable.add(b);
    for (const s of successors(b)) work.push(s);
  }
  return graph.blocks.filter((b) => reachable.has(b));
}
