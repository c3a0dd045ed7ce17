/**
 * Arbitraries for drivers (how each function is called and resumed) and for whole programs.
 *
 * A driver is kind-agnostic data; the printer reads it according to the driven function's
 * kind (see ast.ts `Drive`). Invariant: the number of steps is bounded, so a generator whose
 * body loops is simply left suspended after the last step.
 */
import fc from "fast-check";
import type { Drive, FuncDef, FunctionKind, FuzzProgram, Step } from "./ast.js";
import { exprArb } from "./expressions.js";
import { blockArb } from "./statements.js";

const step: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom("next" as const, "next" as const, "next" as const, "next" as const, "throw" as const, "return" as const),
  value: fc.integer({ min: 0, max: 99 }),
  chained: fc.boolean(),
});

export const driveArb: fc.Arbitrary<Drive> = fc.record({
  args: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 2 }),
  steps: fc.array(step, { minLength: 1, maxLength: 6 }),
  consumer: fc.boolean(),
  breakAfter: fc.integer({ min: 1, max: 3 }),
});

export interface ProgramShape {
  /** Function kinds to draw from. */
  kinds: readonly FunctionKind[];
  /** Nesting depth of statements in function bodies. */
  depth: number;
  maxFunctions: number;
}

export const defaultShape: ProgramShape = {
  kinds: ["generator", "async", "asyncGenerator"],
  depth: 3,
  maxFunctions: 3,
};

/** `arb` in one draw of four, else null (null first, so shrinking goes there). */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

export function funcArb(shape: ProgramShape): fc.Arbitrary<FuncDef> {
  return fc.record({
    kind: fc.constantFrom(...shape.kinds),
    defaultParam: fc.option(exprArb(1), { nil: null, freq: 3 }),
    asMethod: fc.boolean(),
    paramClosure: rarely(fc.record({ redeclare: fc.boolean() })),
    shadow: rarely(fc.nat({ max: 15 })),
    body: blockArb(shape.depth, 4),
  });
}

export function programArb(shape: ProgramShape = defaultShape): fc.Arbitrary<FuzzProgram> {
  return fc.record({
    shadows: fc.oneof({ weight: 2, arbitrary: fc.constant<number[]>([]) }, { weight: 1, arbitrary: fc.array(fc.nat({ max: 15 }), { minLength: 1, maxLength: 2 }) }),
    funcs: fc.array(fc.record({ def: funcArb(shape), drives: fc.array(driveArb, { minLength: 1, maxLength: 2 }) }), {
      minLength: 1,
      maxLength: shape.maxFunctions,
    }),
    ticks: fc.integer({ min: 0, max: 8 }),
    tickerFirst: fc.boolean(),
  });
}
