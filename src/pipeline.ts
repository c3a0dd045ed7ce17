/**
 * lowerFunction(): one generator, async function or async generator through every stage, in
 * order: prepare → build the graph → TDZ checks → liveness → slots (and the independent check) → emit the
 * step function → replace the function's body with the wrapper. Nothing else happens here.
 */
import { types as t } from "@babel/core";
import { internalError, isRefusal, refusal } from "./errors.js";
import type { NodePath } from "@babel/core";
import { functionKind, prepare } from "./ir/prepare.js";
import { parametersInMachine, startValue, wrapperIsStrict, wrapperMayBeStrict } from "./ir/environment.js";
import { buildGraph } from "./ir/build.js";
import { UnsupportedError } from "./ir/expressions.js";
import { displayName, LostNameError, type NativeNames } from "./ir/names.js";
import type { ContainerMarks } from "./emit/methods.js";
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
  /** The file's native function names (./ir/names.ts), shared by every function lowered in it. */
  nativeNames: NativeNames;
  /** The file's object literals and classes wrapped for their methods (./emit/methods.ts). */
  marks: ContainerMarks;
  /** The file held no `with` and no call of `eval` when it was entered (nothing to refuse for them). */
  freeOfWithAndEval: boolean;
}

/** What lowering one function made: its layout, and the step function's body (where its code now is). */
export interface Lowered {
  layout: FunctionLayout;
  stepBody: t.BlockStatement;
}

export function lowerFunction(fn: NodePath<t.Function>, ctx: LowerContext): Lowered {
  try {
    return lowerFunctionStages(fn, ctx);
  } catch (error) {
    // Refusals are already code-frame errors; anything else is our bug, said as such, with
    // the place it happened, never as a bare TypeError from deep inside.
    if (isRefusal(error)) throw error;
    throw internalError(fn, functionName(fn), error);
  }
}

function lowerFunctionStages(fn: NodePath<t.Function>, ctx: LowerContext): Lowered {
  const kind = functionKind(fn.node);
  const name = functionName(fn);
  const loc = fn.node.loc ? { line: fn.node.loc.start.line, column: fn.node.loc.start.column } : null;
  if (t.isArrowFunctionExpression(fn.node) && !t.isBlockStatement(fn.node.body)) {
    const body = t.blockStatement([t.returnStatement(fn.node.body)]);
    fn.get("body").replaceWith(body);
  }
  // Before anything moves: the names anonymous functions get from where they stand.
  ctx.nativeNames.record(fn.node);
  const holdsNoted = ctx.nativeNames.holdsNoted(fn.node);
  // (After: the renamed binding names what stands in its place natively, and is restored.)
  unshadowOwnName(fn);
  // (Before prepare: whether the body assigns the function's own name is Babel's to say.)
  const mayBeStrict = wrapperMayBeStrict(fn);
  const prepared = prepare(fn, kind, { name: ctx.runtimeName, helpers: ctx.helpers }, ctx.nativeNames, !ctx.freeOfWithAndEval);
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

  const strictWrapper = wrapperIsStrict(mayBeStrict, prepared);
  const { entryStatements, wrapperParams } = parametersInMachine(fn, prepared, uid, strictWrapper);
  entryStatements.push(...prepared.prologue);

  const startLocals = prepared.locals
    .filter((l) => l.start !== null)
    .map((l) => ({ name: l.name, init: startValue(l, uid, strictWrapper ? sloppyReceiver(ctx) : null) }));

  let graph: FunctionGraph;
  try {
    graph = buildGraph({ prepared, body: fn.node.body as t.BlockStatement, names, entryStatements, startLocals, uid, helpers: ctx.helpers });
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
    if (holdsNoted) {
      ctx.nativeNames.restore(step);
      for (const param of wrapperParams) ctx.nativeNames.restore(param);
    }
  } catch (error) {
    if (error instanceof LostNameError) throw refusal(fn, `cannot lower ${name}: ${error.message}.`);
    throw error;
  }
  buildWrapper(fn, { kind, graph, slots, step, runtimeName: ctx.runtimeName, wrapperParams, strictWrapper, helpers: ctx.helpers, plainStateProperty: ctx.plainStateProperty, marks: ctx.marks });
  const layout = describeLayout({ name, kind, filename: ctx.filename, loc, graph, slots, points, hoistedBindings: prepared.hoistedBindings });
  return { layout, stepBody: step.body };
}

/** `rt.sloppyThis(receiver)`: what a sloppy function sees as `this`. */
function sloppyReceiver(ctx: LowerContext): (receiver: t.Expression) => t.Expression {
  return (receiver) => {
    ctx.helpers.add("sloppyThis");
    return t.callExpression(t.memberExpression(t.identifier(ctx.runtimeName), t.identifier("sloppyThis")), [receiver]);
  };
}

/** The name a user would call the function by (../ir/names.ts). */
export function functionName(fn: NodePath<t.Function>): string {
  return displayName(fn.node, fn.parent);
}
