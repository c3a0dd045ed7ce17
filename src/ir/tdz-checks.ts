/**
 * Applies the TDZ analysis (../analysis/tdz.ts) to the graph, before liveness:
 *
 *   read of x               x                  → rt.tdz(x, "x")
 *   x = e                   x = e              → x = rt.tdzSet(x, "x", e)      (e runs first)
 *   x += e, x++, x ||= e    x op= e            → (rt.tdz(x, "x"), x op= e)     (x is read first)
 *   destructuring target    [x] = e            → [rt.tdzTarget(x, "x", { set v(v) { x = v; } }).v] = e
 *   reset of a checked x    x = undefined      → x = rt.tdz       (the uninitialised marker)
 *
 * (a cell's `x.v` in place of `x`; its target is the cell itself). A candidate with no
 * unproven use keeps nothing: its removable resets and the builder's markers are dropped, so
 * the emitted code, liveness and slots are as if the TDZ did not exist.
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph, Instr, Local, Terminator } from "./types.js";
import type { TdzAnalysis, TdzUse, Place } from "../analysis/tdz.js";
import type { TdzMarks } from "./tdz-marks.js";
import type { RuntimeAccess } from "./prepare-types.js";
import { exposedReadsOf, readsOf, writesOf } from "./uses.js";

export function applyTdzChecks(graph: FunctionGraph, marks: TdzMarks, analysis: TdzAnalysis, runtime: RuntimeAccess): void {
  const helper = (name: string) => {
    runtime.helpers.add(name);
    return t.memberExpression(t.identifier(runtime.name), t.identifier(name));
  };
  const display = (local: string) => t.stringLiteral(marks.candidates.get(local) ?? local);
  const cellLocals = new Set(graph.locals.filter((l) => l.cell).map((l) => l.name));
  const get = (p: Place) => (p.container as Record<string | number, t.Expression>)[p.key]!;
  const set = (p: Place, node: t.Node) => {
    (p.container as Record<string | number, t.Node>)[p.key] = node;
  };
  const readOf = (target: t.Node): t.Expression => t.cloneNode(target as t.Expression);
  // Statements whose reads the rewrite changed (a loop head filling its reset cell).
  const touched = new Set<t.Statement>();

  const order = (u: TdzUse) => (u.kind === "read" || u.kind === "target" || u.kind === "marker" ? 0 : u.kind === "readWrite" ? 1 : 2);
  for (const use of [...analysis.unproven].sort((a, b) => order(a) - order(b))) {
    switch (use.kind) {
      case "read":
        set(use.place, t.callExpression(helper("tdz"), [get(use.place), display(use.local)]));
        break;
      case "readWrite": {
        const expr = get(use.place) as t.AssignmentExpression | t.UpdateExpression;
        const target = t.isAssignmentExpression(expr) ? expr.left : expr.argument;
        set(use.place, t.sequenceExpression([t.callExpression(helper("tdz"), [readOf(target), display(use.local)]), expr]));
        break;
      }
      case "write":
        use.node.right = t.callExpression(helper("tdzSet"), [readOf(use.node.left), display(use.local), use.node.right]);
        if (use.statement) touched.add(use.statement);
        break;
      case "target": {
        const leaf = get(use.place);
        let writer: t.Expression;
        if (t.isMemberExpression(leaf)) writer = t.cloneNode(leaf.object as t.Expression);
        else {
          const value = t.identifier("value");
          writer = t.objectExpression([
            t.objectMethod("set", t.identifier("v"), [value], t.blockStatement([
              t.expressionStatement(t.assignmentExpression("=", t.identifier(use.local), t.identifier("value"))),
            ])),
          ]);
        }
        const checked = t.callExpression(helper("tdzTarget"), [readOf(leaf), display(use.local), writer]);
        set(use.place, t.memberExpression(checked, t.identifier("v")));
        if (use.statement) touched.add(use.statement);
        break;
      }
      case "marker":
        break;
      default: {
        const never: never = use;
        throw new Error(`unknown TDZ use ${(never as { kind: string }).kind}`);
      }
    }
  }

  // Resets, markers and the cells a loop head fills.
  const keepStatement = (stmt: t.Statement): boolean => {
    if (marks.initialized.has(stmt)) return false;
    const reset = marks.resets.get(stmt);
    if (reset) {
      if (analysis.checked.has(reset.local)) {
        (reset.holder.node as unknown as Record<string, t.Node>)[reset.holder.key] = helper("tdz");
        return true;
      }
      return !reset.removable;
    }
    const filled = marks.fillsResetCell.get(stmt);
    if (filled && analysis.checked.has(filled) && cellLocals.has(filled)) {
      const assignment = (stmt as t.ExpressionStatement).expression as t.AssignmentExpression;
      const value = ((assignment.right as t.ObjectExpression).properties[0] as t.ObjectProperty).value as t.Expression;
      assignment.left = t.memberExpression(t.identifier(filled), t.identifier("v"));
      assignment.right = value;
      touched.add(stmt);
    }
    if (t.isBlockStatement(stmt)) stmt.body = stmt.body.filter(keepStatement);
    return true;
  };
  // A check can read a binding where the code did not (`x = e`, a target): with any check,
  // every instruction's and terminator's reads are taken again (rare, and linear).
  const locals = new Map<string, Local>(graph.locals.map((l) => [l.name, l]));
  const anyCheck = analysis.unproven.length > 0;
  for (const block of graph.blocks as Block[]) {
    const kept = block.instrs.filter((instr) => keepStatement(instr.node));
    block.instrs.length = 0;
    for (const instr of kept) block.instrs.push(anyCheck || touched.has(instr.node) ? recomputed(instr, locals) : instr);
    if (anyCheck && block.term) block.term = withReads(block.term, locals);
  }
}

function withReads(term: Terminator, locals: ReadonlyMap<string, Local>): Terminator {
  switch (term.kind) {
    case "branch":
      return { ...term, reads: readsOf(term.test, locals) };
    case "return":
      return { ...term, reads: term.argument ? readsOf(term.argument, locals) : new Set() };
    case "throw":
      return { ...term, reads: readsOf(term.argument, locals) };
    case "suspend":
      (term.suspension as { reads: ReadonlySet<Local> }).reads = readsOf(term.suspension.argument, locals);
      return term;
    case "goto":
      return term;
    default: {
      const never: never = term;
      throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
    }
  }
}

function recomputed(instr: Instr, locals: ReadonlyMap<string, Local>): Instr {
  return {
    ...instr,
    reads: exposedReadsOf(instr.node, locals),
    writes: instr.escapes.length > 0 ? new Set() : writesOf(instr.node, locals),
  };
}
