/**
 * Arbitraries for statements and blocks: loops of every kind, labelled blocks, break/continue
 * (labelled or not), switch with fallthrough, try/catch/finally nested at any depth, throws,
 * returns, block-scoped shadowing declarations and closures.
 *
 * Invariants:
 * - Depth bounds nesting; `blockArb(d)` only contains statements of depth < d, so a program
 *   is finite and shrinking can replace any compound statement by a leaf.
 * - Loop bounds come from `n` (1..3) only; the printer adds the counters that enforce them.
 * - Leaves that end control flow (break, continue, throw, return) are weighted low so most
 *   bodies run several statements before leaving.
 */
import fc from "fast-check";
import type { Block, Decl, LoopKind, Stmt, SwitchCase } from "./ast.js";
import { exprArb } from "./expressions.js";

const sel = fc.nat({ max: 11 });
const EXPR_DEPTH = 2;
const expr = exprArb(EXPR_DEPTH);
const smallExpr = exprArb(1);

const loopKinds: readonly LoopKind[] = ["for", "forIn", "forOf", "while", "doWhile", "forAwait"];

const decl: fc.Arbitrary<Decl> = fc.record({
  name: fc.nat({ max: 2 }),
  isConst: fc.boolean(),
  pattern: fc.constantFrom("plain" as const, "plain" as const, "array" as const, "object" as const),
  init: expr,
  dflt: smallExpr,
});

const leafStmt: fc.Arbitrary<Stmt> = fc.oneof(
  { withCrossShrink: true },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("expr" as const), e: expr }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("print" as const), e: expr }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("assign" as const), target: sel, compound: fc.boolean(), e: expr }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("break" as const), sel, labelled: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("continue" as const), sel, labelled: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("throw" as const), e: smallExpr, flavor: fc.nat({ max: 7 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("return" as const), e: fc.option(smallExpr, { nil: null }), flavor: fc.nat({ max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("closure" as const), e: smallExpr, write: fc.option(sel, { nil: null }), declared: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("rebind" as const), form: fc.nat({ max: 15 }), e: smallExpr }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("fnName" as const), form: fc.nat({ max: 31 }), e: smallExpr }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("classMembers" as const), members: fc.nat({ max: 255 }), e: smallExpr }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("tdz" as const), form: fc.nat({ max: 15 }), e: smallExpr }) },
);

const stmtMemo = new Map<number, fc.Arbitrary<Stmt>>();
const blockMemo = new Map<number, fc.Arbitrary<Block>>();

/** A block whose statements nest at most `depth` compound levels deep. */
export function blockArb(depth: number, maxStatements = 3): fc.Arbitrary<Block> {
  const key = depth * 100 + maxStatements;
  const known = blockMemo.get(key);
  if (known) return known;
  const built = fc.record({
    decls: fc.array(decl, { maxLength: depth > 0 ? 2 : 1 }),
    body: fc.array(stmtArb(depth), { minLength: 1, maxLength: maxStatements }),
  });
  blockMemo.set(key, built);
  return built;
}

export function stmtArb(depth: number): fc.Arbitrary<Stmt> {
  const known = stmtMemo.get(depth);
  if (known) return known;
  let built: fc.Arbitrary<Stmt>;
  if (depth <= 0) {
    built = leafStmt;
  } else {
    const inner = blockArb(depth - 1);
    const innerStmts = fc.array(stmtArb(depth - 1), { maxLength: 2 });
    const switchCase: fc.Arbitrary<SwitchCase> = fc.record({ test: smallExpr, body: innerStmts, brk: fc.boolean() });
    built = fc.oneof(
      { withCrossShrink: true },
      { weight: 6, arbitrary: leafStmt },
      { weight: 2, arbitrary: fc.record({ k: fc.constant("if" as const), c: expr, t: inner, f: fc.option(inner, { nil: null }) }) },
      {
        weight: 3,
        arbitrary: fc.record({
          k: fc.constant("loop" as const),
          loop: fc.constantFrom(...loopKinds),
          n: fc.integer({ min: 1, max: 3 }),
          src: fc.nat({ max: 15 }),
          body: inner,
        }),
      },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("labeled" as const), body: inner }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("nested" as const), body: inner, asyncInner: fc.boolean() }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant("block" as const), b: inner }) },
      {
        weight: 2,
        arbitrary: fc.record({
          k: fc.constant("switch" as const),
          disc: expr,
          cases: fc.array(switchCase, { minLength: 1, maxLength: 3 }),
          defaultAt: fc.option(fc.nat({ max: 3 }), { nil: null }),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          k: fc.constant("try" as const),
          body: inner,
          handler: fc.option(inner, { nil: null }),
          bindCatch: fc.boolean(),
          finalizer: fc.option(inner, { nil: null }),
        }),
      },
    );
  }
  stmtMemo.set(depth, built);
  return built;
}
