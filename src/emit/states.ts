/**
 * State numbering: which blocks get a case, in what order, and under which number.
 *
 * Only reachable blocks are emitted, in the order block placement gives (./placement.ts: the
 * source's, but for chains of jumps laid out to fall through). State 0 is the start; a
 * suspension's resume case comes right before its resume block's. A suspension
 * whose throw and return resumes only leave the function (no handler, no `finally`: they just
 * throw or return the sent value) is *plain*: the runtime completes those without calling the
 * step function, so its resume case has no mode checks and those two blocks are not emitted.
 *
 * Invariant (../protocol.ts, `isPlainState`): plain resume states are even, the others odd, so
 * the runtime tells them apart by parity; the start, 0, is plain.
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph, Suspension } from "../ir/types.js";
import { reachableBlocks } from "../ir/cfg.js";
import { isPlainState } from "../protocol.js";
import { placeBlocks } from "./placement.js";

export interface StateLayout {
  /** The blocks that get a case, in emission order. */
  readonly order: readonly Block[];
  /** The suspension a block is the resume block of. */
  readonly resumeOf: ReadonlyMap<Block, Suspension>;
  readonly plain: ReadonlySet<Suspension>;
  /** Each emitted block's state. */
  readonly stateOf: ReadonlyMap<Block, number>;
  /** Each emitted suspension's resume state (the case that loads its live locals). */
  readonly resumeState: ReadonlyMap<Suspension, number>;
}

/** A throw resume that does nothing but throw the sent value. */
export function onlyThrowsSent(block: Block, sent: string): boolean {
  return block.instrs.length === 0 && block.term?.kind === "throw" && t.isIdentifier(block.term.argument, { name: sent });
}

/** An async function's suspension: its driver never resumes it with a return (mode 2). */
export function neverResumedInReturnMode(s: Suspension): boolean {
  return s.returnResume === s.throwResume;
}

/** A return resume that does nothing but return the sent value. */
export function onlyReturnsSent(block: Block, sent: string): boolean {
  return block.instrs.length === 0 && block.term?.kind === "return" && t.isIdentifier(block.term.argument, { name: sent });
}

export function numberStates(graph: FunctionGraph): StateLayout {
  const sent = graph.names.sent;
  const reachable = reachableBlocks(graph);
  const reachableSet = new Set(reachable);
  const resumeOf = new Map<Block, Suspension>();
  for (const s of graph.suspensions) if (reachableSet.has(s.resume)) resumeOf.set(s.resume, s);

  const plain = new Set<Suspension>();
  for (const s of graph.suspensions) {
    if (
      graph.kind !== "asyncGenerator" &&
      s.kind !== "yieldRaw" &&
      onlyThrowsSent(s.throwResume, sent) && s.throwResume.handler === null &&
      (neverResumedInReturnMode(s) || onlyReturnsSent(s.returnResume, sent))
    ) {
      plain.add(s);
    }
  }
  const skipped = new Set<Block>();
  for (const s of plain) {
    skipped.add(s.throwResume);
    skipped.add(s.returnResume);
  }
  const order = placeBlocks(reachable.filter((b) => !skipped.has(b)), graph.entry, (b) => resumeOf.has(b));

  const stateOf = new Map<Block, number>();
  const resumeState = new Map<Suspension, number>();
  let next = 1;
  for (const b of order) {
    const s = resumeOf.get(b);
    if (s) {
      if (isPlainState(next) !== plain.has(s)) next++;
      resumeState.set(s, next++);
    }
    stateOf.set(b, next++);
  }
  return { order, resumeOf, plain, stateOf, resumeState };
}
