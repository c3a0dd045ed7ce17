/**
 * Block placement: the order in which the step function's cases are emitted.
 *
 * Falling into the next case costs nothing; any other jump sets the state and goes round the
 * dispatch loop once more (`continue`, then the `switch` again), which an interpreter pays in
 * full on every execution. So each block is placed, where it can be, right after a block that
 * jumps to it, and the paths that run most are laid out first: every resumption starts at a
 * resume case, so the chain from each resume block (in a loop: the update, the test and the
 * body up to the next suspension) is grown before the chains of the blocks that run once.
 *
 * A chain follows a `goto` to its target, or a `branch` to the free target nearer to a
 * suspension (counted in jumps; the `then` target on a tie): after a resumption the path that
 * runs most is the one that reaches the next suspension, a loop's body rather than its exit.
 * It stops at a block already placed, at the entry, and at a resume block (a resume block's
 * own resume case must come right before it, so nothing else may fall into it).
 *
 * Invariants: the result holds exactly the blocks given, each once; the entry comes first
 * (state 0 falls into it); chains keep the order of their first block otherwise, so output
 * still follows the source where nothing is gained by moving it.
 */
import type { Block } from "../ir/types.js";

export function placeBlocks(blocks: readonly Block[], entry: Block, isResumeBlock: (b: Block) => boolean): Block[] {
  const present = new Set(blocks);
  const placed = new Set<Block>();
  const free = (b: Block) => present.has(b) && !placed.has(b) && b !== entry && !isResumeBlock(b);
  const distance = jumpsToSuspension(blocks);
  const fallTarget = (b: Block): Block | null => {
    const term = b.term;
    if (term?.kind === "goto") return free(term.target) ? term.target : null;
    if (term?.kind !== "branch") return null;
    const { then, else: otherwise } = term;
    if (!free(then)) return free(otherwise) ? otherwise : null;
    if (!free(otherwise)) return then;
    return distance(otherwise) < distance(then) ? otherwise : then;
  };
  const grow = (head: Block): Block[] => {
    const chain = [head];
    placed.add(head);
    for (let next = fallTarget(head); next; next = fallTarget(next)) {
      chain.push(next);
      placed.add(next);
    }
    return chain;
  };

  const position = new Map(blocks.map((b, i) => [b, i]));
  const chains: Block[][] = [];
  for (const b of blocks) if (isResumeBlock(b)) chains.push(grow(b));
  const entryChain = grow(entry);
  for (const b of blocks) if (!placed.has(b)) chains.push(grow(b));
  chains.sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
  return [...entryChain, ...chains.flat()];
}

/** Each block's number of jumps (gotos and branches) to the nearest suspending block. */
function jumpsToSuspension(blocks: readonly Block[]): (b: Block) => number {
  const predecessors = new Map<Block, Block[]>();
  const edge = (from: Block, to: Block) => {
    const list = predecessors.get(to);
    if (list) list.push(from);
    else predecessors.set(to, [from]);
  };
  for (const b of blocks) {
    const term = b.term;
    if (term?.kind === "goto") edge(b, term.target);
    else if (term?.kind === "branch") {
      edge(b, term.then);
      edge(b, term.else);
    }
  }
  const distance = new Map<Block, number>();
  let frontier = blocks.filter((b) => b.term?.kind === "suspend");
  for (const b of frontier) distance.set(b, 0);
  for (let d = 1; frontier.length > 0; d++) {
    const next: Block[] = [];
    for (const b of frontier) {
      for (const p of predecessors.get(b) ?? []) {
        if (!distance.has(p)) {
          distance.set(p, d);
          next.push(p);
        }
      }
    }
    frontier = next;
  }
  return (b) => distance.get(b) ?? Infinity;
}
