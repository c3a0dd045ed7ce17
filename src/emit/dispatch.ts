/**
 * The dispatch loop around the cases, and the exception routing:
 *
 *   loop: for (;;) {
 *     try { switch (state) { <cases> } }
 *     catch (e) { switch (state) { case 3: case 4: state = 9; break; …; default: throw e; } caught = e; }
 *   }
 *
 * Each state with a handler routes a caught exception to the handler's landing state. A case
 * whose state the dispatch can never see (nothing enters it: see ./record.ts; it is only
 * fallen into) loses its label and joins the case before it, or is left out when that case
 * ends in a jump; routes from such states are dead too. The `try` is left out when no state
 * has a handler.
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph } from "../ir/types.js";
import { assignment as assign } from "../ir/ast.js";
import type { EmitRecord } from "./record.js";
import type { StateLayout } from "./states.js";

/** Landing state → the states whose exceptions land there. */
function exceptionRoutes(graph: FunctionGraph, layout: StateLayout): Map<number, number[]> {
  const routes = new Map<number, number[]>();
  const addRoute = (from: number, handler: Block | null) => {
    if (!handler) return;
    const to = layout.stateOf.get(handler)!;
    const list = routes.get(to) ?? [];
    list.push(from);
    routes.set(to, list);
  };
  for (const b of layout.order) addRoute(layout.stateOf.get(b)!, b.handler);
  for (const s of graph.suspensions) {
    const rs = layout.resumeState.get(s);
    if (rs !== undefined) addRoute(rs, s.throwResume.handler);
  }
  return routes;
}

function endsInJump(c: t.SwitchCase): boolean {
  const last = c.consequent[c.consequent.length - 1];
  return t.isContinueStatement(last) || t.isReturnStatement(last) || t.isThrowStatement(last) || t.isBreakStatement(last);
}

export function dispatchLoop(cases: readonly t.SwitchCase[], graph: FunctionGraph, layout: StateLayout, record: EmitRecord): t.Statement {
  const names = graph.names;
  const routes = exceptionRoutes(graph, layout);
  // `state` only ever holds 0, a resume state (`machine.k = N`), a number the emitted code
  // entered, or a landing the routing below assigns.
  for (const to of routes.keys()) record.entered.add(to);
  const kept: t.SwitchCase[] = [];
  for (const c of cases) {
    const n = (c.test as t.NumericLiteral).value;
    const previous = kept[kept.length - 1];
    if (!previous || record.entered.has(n)) kept.push(c);
    else if (!endsInJump(previous)) previous.consequent.push(...c.consequent);
  }
  for (const [to, froms] of routes) {
    const live = froms.filter((f) => record.entered.has(f));
    if (live.length > 0) routes.set(to, live);
    else routes.delete(to);
  }

  const dispatch = t.switchStatement(t.identifier(names.state), kept);
  let loopBody: t.Statement = dispatch;
  if (routes.size > 0) {
    record.usesCaught = true;
    const e = t.identifier("e");
    const routeCases: t.SwitchCase[] = [];
    for (const [to, froms] of [...routes].sort((a, b) => a[0] - b[0])) {
      froms.sort((a, b) => a - b);
      froms.forEach((from, i) => {
        const isLast = i === froms.length - 1;
        routeCases.push(t.switchCase(t.numericLiteral(from), isLast ? [assign(t.identifier(names.state), t.numericLiteral(to)), t.breakStatement()] : []));
      });
    }
    routeCases.push(t.switchCase(null, [t.throwStatement(e)]));
    loopBody = t.tryStatement(
      t.blockStatement([dispatch]),
      t.catchClause(e, t.blockStatement([t.switchStatement(t.identifier(names.state), routeCases), assign(t.identifier(names.caught), e)])),
    );
  }
  const loop = t.forStatement(null, null, null, t.blockStatement([loopBody]));
  return record.usesLoopLabel ? t.labeledStatement(t.identifier(names.loop), loop) : loop;
}
