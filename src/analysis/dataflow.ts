/**
 * One dataflow solver for every analysis over the IR — liveness (./liveness.ts, backward),
 * slot sync (./slot-sync.ts, forward) and the temporal dead zone (./tdz.ts, forward) — in the
 * spirit of rustc's dataflow framework: an analysis states its direction, its join and its
 * block transfer function; the solver owns the iteration and its termination.
 *
 * - The state kept per block is the state at its *entry* in both directions.
 * - Forward: a block's transfer says what leaves it along each edge (exception and escape
 *   edges may carry another state than its terminator's edges). A block's entry state is the
 *   join of everything sent to it. A block nothing has reached has no state: for a "must"
 *   analysis that is the top element, so the first state to arrive is taken as it is, and an
 *   unreachable block keeps none. Blocks with a fixed entry state (the function's start,
 *   resume points that reload a known layout) ignore what is sent to them.
 * - Backward: a block's transfer computes its entry state from its successors' entry states;
 *   every block starts at the analysis's `initial` state (the bottom of a "may" analysis).
 * - Termination: the solver revisits a block only when a state it reads changed (`equals`);
 *   each analysis's join is monotone over a finite lattice, so the states only move one way.
 *   The result is the same fixpoint whatever the visiting order; the order only saves work.
 *
 * Pure: the graph and the analysis in, a map of entry states out.
 */
import type { Block, FunctionGraph } from "../ir/types.js";
import { predecessors } from "../ir/cfg.js";

export interface ForwardAnalysis<S> {
  /** Entry states that never change. */
  readonly fixed: ReadonlyMap<Block, S>;
  /** The state at a block's entry when `incoming` arrives at a block whose state is `current`. */
  join(current: S, incoming: S): S;
  equals(a: S, b: S): boolean;
  /** Calls `send` for each edge out of `block` with the state that leaves along it. */
  transfer(block: Block, entry: S, send: (target: Block, state: S) => void): void;
}

export interface BackwardAnalysis<S> {
  initial(block: Block): S;
  equals(a: S, b: S): boolean;
  /** The block's entry state from its successors' current entry states. */
  transfer(block: Block, entryOf: (block: Block) => S): S;
}

/** Entry states of the blocks reachable from the fixed ones. */
export function solveForward<S>(graph: FunctionGraph, analysis: ForwardAnalysis<S>): Map<Block, S> {
  const entry = new Map<Block, S>(analysis.fixed);
  // In creation order (which follows the source), first in first out.
  const work = graph.blocks.filter((b) => entry.has(b));
  const queued = new Set(work);
  const send = (target: Block, state: S): void => {
    if (analysis.fixed.has(target)) return;
    const current = entry.get(target);
    const next = current === undefined ? state : analysis.join(current, state);
    if (current !== undefined && analysis.equals(current, next)) return;
    entry.set(target, next);
    if (!queued.has(target)) {
      queued.add(target);
      work.push(target);
    }
  };
  while (work.length > 0) {
    const block = work.shift()!;
    queued.delete(block);
    analysis.transfer(block, entry.get(block)!, send);
  }
  return entry;
}

/** Entry states of every block. */
export function solveBackward<S>(graph: FunctionGraph, analysis: BackwardAnalysis<S>): Map<Block, S> {
  const entry = new Map<Block, S>();
  for (const b of graph.blocks) entry.set(b, analysis.initial(b));
  const preds = predecessors(graph);
  // Last blocks first: most edges go forward, so successors tend to be settled before.
  const work = [...graph.blocks];
  const queued = new Set(work);
  const entryOf = (b: Block) => entry.get(b)!;
  while (work.length > 0) {
    const block = work.pop()!;
    queued.delete(block);
    const next = analysis.transfer(block, entryOf);
    if (analysis.equals(entry.get(block)!, next)) continue;
    entry.set(block, next);
    for (const p of preds.get(block)!) {
      if (!queued.has(p)) {
        queued.add(p);
        work.push(p);
      }
    }
  }
  return entry;
}
