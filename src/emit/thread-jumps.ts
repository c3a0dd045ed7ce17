/**
 * Jump threading, run on the graph before emission: a jump to a block that does nothing but
 * jump on is sent straight to the final target. Such a block has no instructions, so nothing
 * in it can throw and its handler does not matter; liveness is unchanged (the live-in of an
 * empty `goto` block is its target's). Blocks a suspension refers to are left alone: the
 * emitter places each resume case right before its block.
 */
import type { Block, FunctionGraph } from "../ir/types.js";

export function threadJumps(graph: FunctionGraph): void {
  const pinned = new Set<Block>();
  for (const s of graph.suspensions) {
    pinned.add(s.resume);
    pinned.add(s.throwResume);
    pinned.add(s.returnResume);
  }
  const finalTarget = (start: Block): Block => {
    let b = start;
    const seen = new Set<Block>();
    while (
      !pinned.has(b) &&
      b.instrs.length === 0 &&
      b.catchesInto === null &&
      b.term?.kind === "goto" &&
      !seen.has(b)
    ) {
      seen.add(b);
      b = b.term.target;
    }
    return b;
  };
  for (const block of graph.blocks) {
    const term = block.term;
    if (!term) continue;
    if (term.kind === "goto") block.term = { kind: "goto", target: finalTarget(term.target) };
    else if (term.kind === "branch") block.term = { ...term, then: finalTarget(term.then), else: finalTarget(term.else) };
  }
}
