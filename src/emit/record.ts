/**
 * What the emitted code turned out to use, recorded by the emitting functions as they emit it:
 * the states it can put in `state`, the pending jump or `machine.k` (the dispatch keeps a case
 * label only for those), and the step function's own names it needs declared (`caught`, the
 * suspension operand's temporary, the pending jump, the dispatch loop's label).
 *
 * Invariant: a state number reaches emitted code only through `enters`, so `entered` holds
 * every state the dispatch can see, besides 0 and the exception routes' landings.
 */
import { types as t } from "@babel/core";

export interface EmitRecord {
  readonly entered: Set<number>;
  usesCaught: boolean;
  usesOperand: boolean;
  usesPendingJump: boolean;
  usesLoopLabel: boolean;
}

export function newEmitRecord(): EmitRecord {
  return { entered: new Set([0]), usesCaught: false, usesOperand: false, usesPendingJump: false, usesLoopLabel: false };
}

/** The literal of a state the emitted code enters, recorded as such. */
export function enters(record: EmitRecord, state: number): t.NumericLiteral {
  record.entered.add(state);
  return t.numericLiteral(state);
}
