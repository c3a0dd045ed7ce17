/**
 * Jumps out of opaque statements. The builder left a marker statement (the graph's
 * `jumpMarks`) where an opaque statement's `break`, `continue` or `return` leaves it for a
 * block of the machine; here each marker becomes code that enters that block's state.
 *
 * A plain jump sets the state and continues the dispatch loop. A jump that leaves a native
 * `finally` or a native for-of (whose iterator is closed on the way out) begins before code
 * that may throw, and that throw must be routed by the handler of the state being left: such
 * a jump records its target and breaks out of the statement; the state is set once the
 * statement is left:
 *
 *   complete: { escape: { <statement: jump = N; break escape;> break complete; }
 *               state = jump; continue; }
 *
 * (A `finally` that overrides the jump with its own completion never reaches `state = jump`.)
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph } from "../ir/types.js";
import { assignment as assign } from "../ir/ast.js";
import { replaceChildren } from "../ir/walk.js";
import { enters, type EmitRecord } from "./record.js";

/** The statement with its jump markers replaced. */
export function withEscapes(statement: t.Statement, graph: FunctionGraph, stateOf: ReadonlyMap<Block, number>, record: EmitRecord): t.Statement {
  const names = graph.names;
  let pendingInStatement = false;
  const leavesFinalizer = (parent: t.Node, child: t.Node): boolean =>
    (t.isTryStatement(parent) && !!parent.finalizer && child !== parent.finalizer) ||
    (t.isForOfStatement(parent) && child === parent.body);
  const replaceMarks = (node: t.Node, underFinalizer: boolean): void =>
    replaceChildren(node, (c) => {
      const target = graph.jumpMarks.get(c);
      if (target) {
        const state = enters(record, stateOf.get(target)!);
        if (underFinalizer) {
          record.usesPendingJump = pendingInStatement = true;
          return t.blockStatement([assign(t.identifier(names.jump), state), t.breakStatement(t.identifier(names.escape))]);
        }
        record.usesLoopLabel = true;
        return t.blockStatement([assign(t.identifier(names.state), state), t.continueStatement(t.identifier(names.loop))]);
      }
      if (!t.isFunction(c)) replaceMarks(c, underFinalizer || leavesFinalizer(node, c));
      return c;
    });
  replaceMarks(statement, false);
  if (!pendingInStatement) return statement;
  return t.labeledStatement(t.identifier(names.complete), t.blockStatement([
    t.labeledStatement(t.identifier(names.escape), t.blockStatement([statement, t.breakStatement(t.identifier(names.complete))])),
    assign(t.identifier(names.state), t.identifier(names.jump)),
    t.continueStatement(),
  ]));
}
