/**
 * lowerFunction(): one generator, async function or async generator through every stage, in
 * order: prepare → build the graph → TDZ checks → liveness → slots (and the independent check) → emit the
 * step function → replace the function's body with the wrapper. Nothing else happens here.
 */
import { types as t } from "@babel/core";
import { internalError, isRefusal, refusal } from "./errors.js";
import { assignment as assign } from "./ir/ast.js";
import type { NodePath } from "@babel/core";
import { functionKind, prepare } from "./ir/prepare.js";
import { parameterAccessor } from "./ir/environment.js";
import type { PreparedLocal } from "./ir/prepare-types.js";
import { GraphBuilder } from "./ir/build.js";
import { UnsupportedError } from "./ir/expressions.js";
import { displayName, LostNameError, recordNativeNames, restoreNativeNames } from "./ir/names.js";
import type { FunctionGraph, ReservedNames } from "./ir/types.js";
import { analyzeLiveness } from "./analysis/liveness.js";
import { analyzeTdz } from "./analysis/tdz.js";
import { applyTdzChecks } from "./ir/tdz-checks.js";
import { assignSlots } from "./alloc/slots.js";
import { checkSlots } from "./alloc/check.js";
import { analyzeSlotSync } from "./analysis/slot-sync.js";
import { emitStepFunction } from "./emit/step.js";
import { threadJumps } from "./emit/thread-jumps.js";
import { buildWrapper, unshadowOwnName } from "./emit/wrapper.js";
import { describeLayout } from "./layout-of.js";
import type { FunctionLayout } from "./layout.js";

export interface LowerContext {
  runtimeName: string;
  filename: string | null;
  debugSlotNames: boolean;
  /** Generator objects keep their state under a plain property (option plainStateProperty). */
  plainStateProperty: boolean;
  /** The file's set of runtime helpers used so far; lowering adds to it. */
  helpers: Set<string>;
}

export function lowerFunction(fn: NodePath<t.Function>, ctx: LowerContext): FunctionLayout {
  try {
    return lowerFunctionStages(fn, ctx);
  } catch (error) {
    // Refusals are already code-frame errors; anything else is our bug, said as such, with
    // the place it happened, never as a bare TypeError from deep inside.
    if (isRefusal(error)) throw error;
    throw internalError(fn, functionName(fn), error);
  }
}

function lowerFunctionStages(fn: NodePath<t.Function>, ctx: LowerContext): FunctionLayout {
  const kind = functionKind(fn.node);
  const name = functionName(fn);
  const loc = fn.node.loc ? { line: fn.node.loc.start.line, column: fn.node.loc.start.column } : null;
  if (t.isArrowFunctionExpression(fn.node) && !t.isBlockStatement(fn.node.body)) {
    const body = t.blockStatement([t.returnStatement(fn.node.body)]);
    fn.get("body").replaceWith(body);
  }
  // Before anything moves: the names anonymous functions get from where they stand.
  recordNativeNames(fn.node);
  // (After: the renamed binding names what stands in its place natively, and is restored.)
  unshadowOwnName(fn);
  const prepared = prepare(fn, kind, { name: ctx.runtimeName, helpers: ctx.helpers });
  const scope = fn.scope;
  const uid = (hint: string) => scope.generateUid(hint);
  const names: ReservedNames = {
    machine: uid("machine"),
    state: uid("state"),
    mode: uid("mode"),
    sent: uid("sent"),
    slots: uid("slots"),
    caught: uid("caught"),
    operand: uid("value"),
    loop: uid("loop"),
    jump: uid("jump"),
    escape: uid("escape"),
    complete: uid("complete"),
    runtime: ctx.runtimeName,
  };

  // Async functions with non-simple parameters evaluate them inside the machine, so that a
  // throwing default rejects the promise instead of throwing at the call: a helper function
  // takes the call's arguments as its parameters and returns their values (for a parameter
  // that closures of the parameter list share with the body, its accessor). The wrapper keeps
  // `length`: one parameter for each before the first default or rest. An arrow has no
  // `arguments` of its own (its parameters and body see the surrounding one): its wrapper
  // collects the call's arguments in a rest parameter.
  const entryStatements: t.Statement[] = [];
  let wrapperParams: t.Function["params"] = fn.node.params;
  if (prepared.paramsInBody) {
    const params = fn.node.params;
    const firstOptional = params.findIndex((p) => t.isAssignmentPattern(p) || t.isRestElement(p));
    const leading = params.slice(0, firstOptional < 0 ? params.length : firstOptional).map((_, i) => uid(`p${i}`));
    wrapperParams = leading.map((n) => t.identifier(n));
    let argumentList: PreparedLocal;
    if (t.isArrowFunctionExpression(fn.node)) {
      const rest = uid("rest");
      wrapperParams.push(t.restElement(t.identifier(rest)));
      argumentList = addLocal(prepared.locals, prepared.localsByName, uid("arguments"), "arguments", { kind: "argumentList", leading, rest });
    } else {
      // A trailing parameter with a default makes the wrapper's parameter list non-simple, so
      // its `arguments` is unmapped (no `callee`, no aliasing), as the function's own would be.
      // It comes after the first default: `length` does not count it.
      wrapperParams.push(t.assignmentPattern(t.identifier(uid("unmapped")), t.unaryExpression("void", t.numericLiteral(0))));
      argumentList = ensureLocal(prepared.locals, prepared.localsByName, "arguments", { kind: "arguments" }, uid);
    }
    const paramNames = params.flatMap((p) => Object.keys(t.getBindingIdentifiers(p)));
    const valueOf = (n: string) =>
      prepared.localsByName.get(n)!.parameterBinding ? parameterAccessor(n, uid("value")) : t.identifier(n);
    const evaluate = t.functionExpression(null, params as t.FunctionParameter[], t.blockStatement([
      t.returnStatement(t.arrayExpression(paramNames.map(valueOf))),
    ]));
    const values = addLocal(prepared.locals, prepared.localsByName, uid("params"), "parameters", null).name;
    entryStatements.push(assign(t.identifier(values), t.callExpression(t.memberExpression(evaluate, t.identifier("apply")), [
      t.unaryExpression("void", t.numericLiteral(0)),
      t.identifier(argumentList.name),
    ])));
    paramNames.forEach((n, i) => {
      const local = prepared.localsByName.get(n)!;
      const read = t.memberExpression(t.identifier(values), t.numericLiteral(i), true);
      entryStatements.push(assign(t.identifier(n), local.cell && !local.parameterBinding ? t.objectExpression([t.objectProperty(t.identifier("v"), read)]) : read));
    });
  }
  entryStatements.push(...prepared.prologue);

  const startLocals = prepared.locals
    .filter((l) => l.start !== null)
    .map((l) => ({ name: l.name, init: startValue(l, uid) }));

  const builder = new GraphBuilder({ prepared, body: fn.node.body as t.BlockStatement, names, entryStatements, startLocals, uid, helpers: ctx.helpers });
  let graph: FunctionGraph;
  try {
    graph = builder.build();
  } catch (error) {
    if (error instanceof UnsupportedError) {
      throw refusal(fn, `cannot lower ${error.message}.`);
    }
    throw error;
  }
  if (prepared.tdz.any) {
    // Checks only where a binding may be uninitialised, before liveness sees the code.
    applyTdzChecks(graph, prepared.tdz, analyzeTdz(graph, prepared.tdz), { name: ctx.runtimeName, helpers: ctx.helpers });
  }
  const liveness = analyzeLiveness(graph);
  const points = [liveness.liveAtStart, ...liveness.liveAtSuspension];
  const slots = assignSlots(points);
  const problems = checkSlots(points, slots);
  if (problems.length > 0) throw new Error(`internal: slot check failed for ${name}: ${problems.join("; ")}`);
  threadJumps(graph);
  const slotFacts = analyzeSlotSync(graph, slots);
  const step = emitStepFunction({ graph, slots, slotFacts, debugSlotNames: ctx.debugSlotNames, helpers: ctx.helpers });
  // Everything the function's code became is in the step function and the wrapper's parameters.
  try {
    restoreNativeNames(step);
    for (const param of wrapperParams) restoreNativeNames(param);
  } catch (error) {
    if (error instanceof LostNameError) throw refusal(fn, `cannot lower ${name}: ${error.message}.`);
    throw error;
  }
  buildWrapper(fn, { kind, graph, slots, step, runtimeName: ctx.runtimeName, wrapperParams, helpers: ctx.helpers, plainStateProperty: ctx.plainStateProperty });
  return describeLayout({ name, kind, filename: ctx.filename, loc, graph, slots, points, hoistedBindings: prepared.hoistedBindings });
}

function ensureLocal(
  locals: PreparedLocal[],
  byName: Map<string, PreparedLocal>,
  display: string,
  start: PreparedLocal["start"],
  uid: (hint: string) => string,
): PreparedLocal {
  const existing = locals.find((l) => l.start?.kind === start?.kind);
  return existing ?? addLocal(locals, byName, uid(display), display, start);
}

function addLocal(
  locals: PreparedLocal[],
  byName: Map<string, PreparedLocal>,
  name: string,
  display: string,
  start: PreparedLocal["start"],
): PreparedLocal {
  const local: PreparedLocal = { name, displayName: display, cell: false, capturedByValue: false, start, blockScoped: false };
  locals.push(local);
  byName.set(local.name, local);
  return local;
}

/** What the wrapper puts in a start local's slot (evaluated in the wrapper, at the call). */
function startValue(local: PreparedLocal, uid: (hint: string) => string): t.Expression {
  const start = local.start!;
  switch (start.kind) {
    case "param":
      if (local.parameterBinding) return parameterAccessor(start.from ?? local.name, uid("value"));
      return t.identifier(start.from ?? local.name);
    case "this":
      return t.thisExpression();
    case "arguments":
      return t.identifier("arguments");
    case "argumentsReader":
      return t.arrowFunctionExpression(
        [t.identifier("typeOf")],
        t.conditionalExpression(t.identifier("typeOf"), t.unaryExpression("typeof", t.identifier("arguments")), t.identifier("arguments")),
      );
    case "newTarget":
      return t.metaProperty(t.identifier("new"), t.identifier("target"));
    case "argumentList": {
      const rest = t.identifier(start.rest);
      if (start.leading.length === 0) return rest;
      const leading = t.arrayExpression(start.leading.map((n) => t.identifier(n)));
      return t.callExpression(t.memberExpression(leading, t.identifier("concat")), [rest]);
    }
    case "superGet":
      return t.arrowFunctionExpression([t.identifier("k")], t.memberExpression(t.super(), t.identifier("k"), true));
    case "superSet":
      return t.arrowFunctionExpression(
        [t.identifier("k"), t.identifier("v")],
        t.assignmentExpression("=", t.memberExpression(t.super(), t.identifier("k"), true), t.identifier("v")),
      );
    default: {
      const never: never = start;
      throw new Error(`unknown start ${(never as { kind: string }).kind}`);
    }
  }
}

/** The name a user would call the function by (../ir/names.ts). */
export function functionName(fn: NodePath<t.Function>): string {
  return displayName(fn.node, fn.parent);
}
