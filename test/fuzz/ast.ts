/**
 * The abstract syntax of fuzzed programs: what the arbitraries generate and the printer turns
 * into JavaScript.
 *
 * The tree holds *choices*, not resolved names. A variable read is a selector (`sel`) into
 * whatever is visible where the printer meets it; a `break` is a selector into the enclosing
 * jump targets; a suspension is a `flavor` the printer maps onto what the enclosing function
 * kind allows (`yield`, `await`, `yield*`, ...). Why: fast-check shrinks by deleting and
 * simplifying subtrees, and a shrunk tree must still print as a valid, terminating,
 * deterministic program. Resolving at print time means every tree, however shrunk, is one.
 *
 * Invariants the printer relies on (and the arbitraries keep):
 * - Selectors and flavors are non-negative integers; the printer takes them modulo the number
 *   of candidates, so any value is meaningful.
 * - Loop bounds (`n`) are small positive integers; nothing else can make a loop run longer.
 */

/** An expression. Every expression evaluates to a number or `undefined`/`NaN` (never a long
 * string or an object), so repeated assignment in loops cannot grow values without bound. */
export type Expr =
  | { k: "num"; v: number }
  | { k: "read"; sel: number }
  | { k: "bin"; op: BinOp; l: Expr; r: Expr }
  | { k: "logic"; op: LogicOp; l: Expr; r: Expr }
  | { k: "cond"; c: Expr; t: Expr; f: Expr }
  /** A suspension (`yield e`, `await e`, `yield* it`...); a plain operand where none is allowed. */
  | { k: "suspend"; flavor: number; e: Expr }
  /** `f(x, y)`: a helper that prints its arguments, so argument evaluation order is traced. */
  | { k: "call"; a: Expr; b: Expr }
  | { k: "assign"; target: number; e: Expr }
  | { k: "update"; target: number }
  /** `` `${a}:${b}`.length ``: template literal parts evaluated left to right. */
  | { k: "tpl"; a: Expr; b: Expr }
  /** `({ 1: a, [key]: b })[1]`: a computed key evaluated between two property values. */
  | { k: "objKey"; key: Expr; a: Expr; b: Expr }
  /** `fns.length ? fns[sel % len](arg) : 0`: calls a closure made earlier, possibly before a suspension. */
  | { k: "callClosure"; sel: number; arg: Expr }
  /** `this.k` (even `which`) or `arguments.length` (odd): lexical in arrows, the caller's in functions. */
  | { k: "context"; which: number }
  /** `reenter()`: calls `next()` on the generator the driver is stepping, from inside it. */
  | { k: "reenter" }
  /** `f(...[a], b)`: a spread argument, iterated where it stands. */
  | { k: "spread"; a: Expr; b: Expr }
  /** `({ v: a, m(x) { return this.v * 2 + x; } }).m(b)`: a method call keeps its receiver. */
  | { k: "method"; a: Expr; b: Expr }
  /** `(c ? null : { q: a })?.q`: an optional chain that may short-circuit before `a` runs. */
  | { k: "optional"; c: Expr; a: Expr }
  /** `super.tw(a)` in a method (the base class doubles it); `(a) * 2` elsewhere. */
  | { k: "superCall"; a: Expr }
  /**
   * An async arrow called at once, with rest, default or destructured parameters (`params`
   * picks the form), whose parameters and body read the enclosing function's `arguments`,
   * `this`, `super` and `new.target` (`reads` picks them): awaited where the function may
   * await, else its settlement is traced later (`settle`) and the expression is 0.
   */
  | { k: "asyncArrow"; params: number; reads: number; a: Expr };

export type BinOp = "+" | "-" | "*" | "<" | "===" | "%";
export type LogicOp = "&&" | "||" | "??";

/** A block: declarations first (so no read can precede them: no TDZ), then statements. */
export interface Block {
  decls: Decl[];
  body: Stmt[];
}

/**
 * A block-scoped declaration of one of the shared names (`a`, `b`, `c`), shadowing the outer
 * one. `pattern` picks plain, array-destructuring-with-default or object-with-computed-key
 * forms; `dflt` is the destructuring default.
 */
export interface Decl {
  name: number;
  isConst: boolean;
  pattern: "plain" | "array" | "object";
  init: Expr;
  dflt: Expr;
}

export type LoopKind = "for" | "forIn" | "forOf" | "while" | "doWhile" | "forAwait";

export interface SwitchCase {
  test: Expr;
  body: Stmt[];
  /** Ends with `break` (otherwise falls through). */
  brk: boolean;
}

export type Stmt =
  | { k: "expr"; e: Expr }
  | { k: "print"; e: Expr }
  | { k: "assign"; target: number; compound: boolean; e: Expr }
  | { k: "block"; b: Block }
  | { k: "if"; c: Expr; t: Block; f: Block | null }
  /** `n` bounds the iterations; `src` picks what a for-of / for-await iterates. */
  | { k: "loop"; loop: LoopKind; n: number; src: number; body: Block }
  | { k: "labeled"; body: Block }
  | { k: "break"; sel: number; labelled: boolean }
  | { k: "continue"; sel: number; labelled: boolean }
  | { k: "switch"; disc: Expr; cases: SwitchCase[]; defaultAt: number | null }
  | { k: "try"; body: Block; handler: Block | null; bindCatch: boolean; finalizer: Block | null }
  | { k: "throw"; e: Expr; flavor: number }
  | { k: "return"; e: Expr | null; flavor: number }
  /**
   * `fns.push(function (v) { target = target + v; return <e>; })`: a closure over what is
   * visible now. `declared`: a function declaration instead (`function fN(v) {…} fns.push(fN)`),
   * made at block entry, before the block's declarations it reads have run; it is reachable
   * (through `fns`) only after them, so it never reads one in its temporal dead zone.
   */
  | { k: "closure"; e: Expr; write: number | null; declared: boolean }
  /**
   * A generator or async function nested in the function, over the bindings visible here
   * (reads and writes), run at once: `print("nN", drain((function* () {…}).call(this)))`, or
   * `print("nN", await (async function () {…}).call(this))` where the outer function may await
   * (`asyncInner`). Both functions are lowered, the inner one inside the outer's machine.
   */
  | { k: "nested"; body: Block; asyncInner: boolean }
  /**
   * Function declarations that assign to their own name or to each other's (`form` picks
   * which), called around a suspension, with what the names hold afterwards traced.
   */
  | { k: "rebind"; form: number; e: Expr }
  /**
   * An anonymous function, class, arrow, generator or async arrow as a destructuring default
   * or an assignment's value (`form` picks the place), with its `.name` traced; `e` (possibly
   * suspending) sits in the same pattern, so the lowering has to take the pattern apart.
   */
  | { k: "fnName"; form: number; e: Expr }
  /**
   * A class (and an object literal) with static, private and computed members, accessors
   * holding async arrows, generator, async and async-generator methods, a base class
   * (`members` is a bit set), then used; `e` is the computed key, the `extends` operand and
   * what the members read.
   */
  | { k: "classMembers"; members: number; e: Expr }
  /**
   * A read of a `let`/`const`/`class` binding before its initialization, in a shape where
   * native code throws a ReferenceError (`form` picks it), traced with the error's type.
   */
  | { k: "tdz"; form: number; e: Expr };

export type FunctionKind = "generator" | "async" | "asyncGenerator";

export interface FuncDef {
  kind: FunctionKind;
  /** Second parameter has a default (evaluated at call time, before the body starts). */
  defaultParam: Expr | null;
  /** Outside ES5 mode: defined as a method of a derived class (so `super` is in reach). */
  asMethod: boolean;
  /**
   * A third parameter `pc = () => ...p0...`: a closure in a parameter default over `p0`, which
   * the body may then reassign (p0 becomes assignable; reads may call `pc()`). `redeclare`:
   * the body also says `var p0;`, a new binding the closure does not see.
   */
  paramClosure: { redeclare: boolean } | null;
  /** A harmless declaration at the top of the body shadowing a global the runtime uses. */
  shadow: number | null;
  body: Block;
}

/** One call of a generator method made by a driver. */
export interface Step {
  op: "next" | "throw" | "return";
  value: number;
  /** Async generators: issue this request only after the previous one settled. */
  chained: boolean;
}

/**
 * How one function is driven. The printer interprets it according to the function's kind:
 * generators get `steps` (or a for-of consumer that breaks after `breakAfter` items),
 * async functions are called and their promise observed, async generators get queued
 * requests (or a `for await` consumer that breaks early).
 */
export interface Drive {
  args: number[];
  steps: Step[];
  consumer: boolean;
  breakAfter: number;
}

export interface FuzzProgram {
  /** Harmless top-level declarations shadowing globals the runtime uses (see print.ts). */
  shadows: number[];
  funcs: { def: FuncDef; drives: Drive[] }[];
  /** Ticker length: `tick 1..ticks`, one microtask apart, so microtask order is traced. */
  ticks: number;
  /** Start the ticker before the drivers (else after). */
  tickerFirst: boolean;
}
