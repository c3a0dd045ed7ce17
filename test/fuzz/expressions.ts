/**
 * Arbitraries for expressions. Suspensions (`suspend` nodes) are weighted heavily and may sit
 * in any operand position, so yields and awaits land in call arguments, binary operands,
 * conditions, short-circuit operands, template parts and computed keys.
 *
 * Invariant: the arbitrary for depth d only builds expressions of depth <= d, and it is built
 * once per depth (memoized), so generation stays cheap and fast-check can shrink a deep
 * expression to any of its subexpressions or to a leaf.
 */
import fc from "fast-check";
import type { BinOp, Expr, LogicOp } from "./ast.js";

const sel = fc.nat({ max: 11 });
const flavor = fc.nat({ max: 255 });

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ k: fc.constant("num" as const), v: fc.integer({ min: 0, max: 9 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("read" as const), sel }) },
);

const binOps: readonly BinOp[] = ["+", "-", "*", "<", "===", "%"];
const logicOps: readonly LogicOp[] = ["&&", "||", "??"];

const memo = new Map<number, fc.Arbitrary<Expr>>();

export function exprArb(depth: number): fc.Arbitrary<Expr> {
  const known = memo.get(depth);
  if (known) return known;
  let built: fc.Arbitrary<Expr>;
  if (depth <= 0) {
    // A suspension of a leaf is still allowed at the bottom: most yields have simple operands.
    built = fc.oneof(
      { withCrossShrink: true },
      { weight: 4, arbitrary: leaf },
      { weight: 2, arbitrary: fc.record({ k: fc.constant("suspend" as const), flavor, e: leaf }) },
    );
  } else {
    const sub = exprArb(depth - 1);
    built = fc.oneof(
      { withCrossShrink: true },
      { weight: 4, arbitrary: exprArb(0) },
      { weight: 3, arbitrary: fc.record({ k: fc.constant("suspend" as const), flavor, e: sub }) },
      { weight: 2, arbitrary: fc.record({ k: fc.constant("bin" as const), op: fc.constantFrom(...binOps), l: sub, r: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("logic" as const), op: fc.constantFrom(...logicOps), l: sub, r: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("cond" as const), c: sub, t: sub, f: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("call" as const), a: sub, b: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("assign" as const), target: sel, e: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("update" as const), target: sel }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("tpl" as const), a: sub, b: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("objKey" as const), key: sub, a: sub, b: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("callClosure" as const), sel, arg: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("context" as const), which: fc.nat({ max: 1 }) }) },
      { weight: 1, arbitrary: fc.constant({ k: "reenter" as const }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("spread" as const), a: sub, b: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("method" as const), a: sub, b: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("optional" as const), c: sub, a: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("superCall" as const), a: sub }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("asyncArrow" as const), params: fc.nat({ max: 15 }), reads: fc.nat({ max: 15 }), a: sub }) },
    );
  }
  memo.set(depth, built);
  return built;
}
