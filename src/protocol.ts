/**
 * The protocol between the emitted step functions and the runtime, named once.
 *
 * The builder and the emitter use these names. The runtime (./runtime/runtime.ts) is emitted
 * as source text and cannot import anything, so it spells the same values itself;
 * test/protocol.test.ts drives it with hand-written step functions built from these names and
 * checks that both agree.
 *
 * - The machine record a step function receives has these fields (MACHINE).
 * - `k` holds a state: 0 not started, > 0 suspended at that resume state, RUNNING while the
 *   step function runs (still RUNNING after it returned: it completed), DONE once finished.
 * - A step function is called with a resume mode (MODE) and the value sent in.
 * - A resume with no handler and no `finally` around it is *plain*: its state is even, every
 *   other resume state odd, and the runtime completes a `throw()`/`return()` at a plain state
 *   without calling the step function (`isPlainState`).
 * - A `finally` is entered with a completion record whose code (COMPLETION) says how: normal,
 *   throw, return, or `firstJump + k` for the k-th break/continue target it routes.
 */

/** Fields of the machine record. */
export const MACHINE = {
  /** The state (see above). */
  state: "k",
  /** The slot array. */
  slots: "s",
  /** The step function. */
  step: "f",
  /** The iterator record a sync `yield*` delegates to, or null. */
  delegate: "i",
  /**
   * Set by an async generator's step when the runtime must await its operand (AWAITING): at
   * an `await`, or at a `yield`, whose operand is awaited before it is yielded.
   */
  awaiting: "a",
} as const;

/**
 * What an async generator's step left in `awaiting` when it suspended. `thenYield`: a `yield`;
 * the runtime awaits the operand and then yields the result without calling the step function
 * again (a rejection is thrown in at the `yield`, like a `throw()` resumption there).
 */
export const AWAITING = { await: 1, thenYield: 2 } as const;

export const RUNNING = -1;
export const DONE = -2;

/** How the machine is resumed. */
export const MODE = { next: 0, throw: 1, return: 2 } as const;

/** Completion codes of a `finally` region. */
export const COMPLETION = { normal: 0, throw: 1, return: 2, firstJump: 3 } as const;

/** Whether a resume state is plain (no handler, no `finally`): even. */
export function isPlainState(state: number): boolean {
  return state % 2 === 0;
}
