/**
 * The intermediate representation: a lowered function as a control-flow graph of basic blocks.
 *
 * ## Why a graph, and what stays as plain JavaScript
 *
 * Only statements that contain a suspension (`yield`, `yield*`, `await`, `for await`, and in an
 * async generator `return expr`, which awaits) are taken apart. Every other statement is kept
 * whole as an *opaque statement*: a `for` loop with no suspension in it stays a native `for`
 * loop inside one block, so code between suspensions runs at native speed on plain locals.
 * Opaque statements carry the locals they read and the locals they definitely write; a jump out
 * of one (`break`/`continue` to a taken-apart loop, `return` through a taken-apart `finally`)
 * is recorded as an *escape* edge and emitted as a jump.
 *
 * ## Blocks
 *
 * A block is a list of instructions ended by one terminator:
 *
 *   goto B                       unconditional jump
 *   branch test ? B1 : B2        two-way jump on a plain expression
 *   suspend P                    a suspension point (see below)
 *   return e                     the function completes with e (no `finally` left to run)
 *   throw e                      raise e; it lands in the block's `handler`
 *
 * Every block has an exception context: `handler` is the block a throw inside it lands in
 * (the landing of the innermost `catch`, or of the innermost `finally` with a throw completion),
 * or null when a throw leaves the function. Liveness treats the handler as a successor of every
 * instruction of the block.
 *
 * ## Suspension protocol
 *
 * A suspension point ends its block. Its operand is a plain expression. When the machine
 * resumes, the runtime says how: `next(v)` (mode 0), `throw(e)` (mode 1), `return(v)` (mode 2).
 * Each suspension therefore has three successors, all ordinary blocks built by the builder:
 *
 *   resume        mode 0: the block that continues; it starts by reading the sent value
 *   throwResume   mode 1: a block that throws the sent value in the suspension's context
 *   returnResume  mode 2: a block that routes a return completion through enclosing `finally`s
 *                 (an async function is never resumed in mode 2: its returnResume is its
 *                 throwResume, see `neverResumedInReturnMode`)
 *
 * so `.throw()` and `.return()` need no special machinery in the emitter or liveness: they are
 * edges like any other. The locals live at a suspension are the union of the live-in sets of
 * its three successors; those, and only those, are saved in the slot array.
 *
 * Suspension kinds, all driven by the same step function and told apart by the runtime:
 *   yield     a generator yields its operand; in an async generator the runtime awaits the
 *             operand first and yields the result (a rejection resumes in mode 1 here)
 *   await     the driver awaits the operand and resumes with its value (mode 0) or reason (1)
 *   delegate  sync `yield*`: the runtime drives the inner iterator and resumes with its result
 *   yieldRaw  async `yield*`'s inner yield: resumes in mode 0 with the mode stored in a local
 *
 * The function's start is a pseudo suspension point (`start`): the locals live at entry
 * (parameters, `this`, `arguments`) are the initial contents of the slot array.
 *
 * ## try / catch / finally as completion records
 *
 * A `finally` is entered with a completion record held in two temporaries: `code` and
 * `value`. Codes: 0 normal, 1 throw, 2 return, 3+k jump to the k-th break/continue target that
 * leaves through this `finally`. The end of the `finally` is an ordinary chain of branches on
 * `code`, so every path (including a `.return()` that resumes inside a `try`) is an explicit
 * edge. `for-of` and `for await` close their iterator through the same mechanism.
 *
 * ## Jump targets
 *
 * Blocks are objects; the emitter numbers them. No stage before emit sees a state number.
 */
import type * as t from "@babel/types";

export type SuspensionKind = "yield" | "await" | "delegate" | "yieldRaw";

/** The three kinds of function the plugin lowers. */
export type FunctionKindName = "generator" | "async" | "asyncGenerator";

/** A variable of the lowered function that lives in the step function (and maybe a slot). */
export interface Local {
  readonly id: number;
  /** Identifier used in the emitted code. */
  readonly name: string;
  /** What the report calls it: the source name, or a description of a temporary. */
  readonly displayName: string;
  readonly temporary: boolean;
  /** Set when closures capture the binding: the local holds a cell `{ v }`. */
  readonly cell: boolean;
}

export interface OpaqueInstr {
  readonly kind: "stmt";
  readonly node: t.Statement;
  /** Locals the statement may read (conservative: any read anywhere in it). */
  readonly reads: ReadonlySet<Local>;
  /** Locals the statement writes on every path before any escape (used to kill liveness). */
  readonly writes: ReadonlySet<Local>;
  /** Blocks the statement can jump to from inside (rewritten break/continue/return). */
  readonly escapes: readonly Block[];
}

export type Instr = OpaqueInstr;

export interface Suspension {
  readonly index: number;
  readonly kind: SuspensionKind;
  readonly argument: t.Expression;
  readonly reads: ReadonlySet<Local>;
  readonly resume: Block;
  readonly throwResume: Block;
  readonly returnResume: Block;
  /** For `yieldRaw`: the local that receives the resume mode. */
  readonly modeLocal: Local | null;
  readonly loc: t.SourceLocation | null;
  /** How the report labels it (`yield`, `yield*`, `await`, `for-await`). */
  readonly label: "yield" | "yield*" | "await" | "for-await";
}

export type Terminator =
  | { readonly kind: "goto"; readonly target: Block }
  | {
      readonly kind: "branch";
      readonly test: t.Expression;
      readonly reads: ReadonlySet<Local>;
      readonly then: Block;
      readonly else: Block;
    }
  | { readonly kind: "suspend"; readonly suspension: Suspension }
  | { readonly kind: "return"; readonly argument: t.Expression | null; readonly reads: ReadonlySet<Local> }
  | { readonly kind: "throw"; readonly argument: t.Expression; readonly reads: ReadonlySet<Local> };

export interface Block {
  readonly id: number;
  readonly instrs: Instr[];
  /** Set once, when the block is closed. */
  term: Terminator | null;
  /** Where a throw inside this block lands, or null: it leaves the function. */
  readonly handler: Block | null;
  /** Landing blocks start by taking the caught exception (set by the builder). */
  catchesInto: Local | "discard" | null;
}

/** The names the emitter binds and the builder's instructions may refer to. */
export interface ReservedNames {
  /** The machine record passed to the step function. */
  readonly machine: string;
  /** The state the step function is dispatching on. */
  readonly state: string;
  /** The resume mode (0 next, 1 throw, 2 return). */
  readonly mode: string;
  /** The value sent in by the runtime. */
  readonly sent: string;
  /** The slot array. */
  readonly slots: string;
  /** The exception caught by the dispatch loop, read by landing blocks. */
  readonly caught: string;
  /** A suspension's operand, evaluated before the save (it may write a local or throw). */
  readonly operand: string;
  /** Label of the dispatch loop, for jumps out of opaque statements. */
  readonly loop: string;
  /** The target state of a jump out of an opaque statement that leaves a native `finally`. */
  readonly jump: string;
  /** Labels around such a statement: breaking `escape` takes the jump, `complete` skips it. */
  readonly escape: string;
  readonly complete: string;
  /** The runtime object. */
  readonly runtime: string;
}

export interface FunctionGraph {
  readonly kind: "generator" | "async" | "asyncGenerator";
  readonly entry: Block;
  readonly blocks: readonly Block[];
  readonly locals: readonly Local[];
  /** Locals live at the start: filled from the wrapper's arguments, in this order. */
  readonly startLocals: ReadonlyArray<{ local: Local; init: t.Expression }>;
  readonly suspensions: readonly Suspension[];
  readonly names: ReservedNames;
  /**
   * Jumps out of opaque statements: each marker (an empty block statement the builder put where
   * a rewritten `break`/`continue`/`return` leaves the statement, after its completion
   * assignments) and the block it jumps to. The emitter turns each into `state = N; continue`
   * (see ../emit/step.ts); the jump is also among its statement's `escapes`.
   */
  readonly jumpMarks: WeakMap<t.Node, Block>;
}
