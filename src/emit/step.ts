/**
 * emit: graph + live sets + slot assignment → the step function. No analysis happens here.
 *
 *   function (machine, state, mode, sent) {
 *     var slots = machine.s, caught, value, <every local>;   (caught, value: only when used)
 *     loop: for (;;) {
 *       try {
 *         switch (state) {
 *           case 0:  <load the start's live locals from slots>
 *           case 1:  <entry block> ...
 *           case 7:  <load the locals live at suspension k>; if (mode === 1) …; if (mode === 2) …
 *           case 8:  <resume block of k> ...
 *         }
 *       } catch (e) { caught = e; state = <landing of state>; or rethrow }
 *     }
 *   }
 *
 * A suspension writes every slot (the live locals, and undefined in the others, so a dead
 * value is never held), sets `machine.k` to its resume state and returns its operand (held in
 * `value` first when evaluating it could write a saved local or throw). A
 * `return` leaves `machine.k` untouched, which tells the runtime the machine completed.
 * Every block is a case; falling into the next case needs no jump. The try/catch is left
 * out when nothing in the function can land in a handler.
 *
 * This module emits each block's case and each suspension's resume case; the parts live
 * beside it: state numbering (./states.ts), slot loads and stores (./slot-io.ts), jumps out
 * of opaque statements (./escapes.ts), the dispatch loop and exception routing
 * (./dispatch.ts), and what the emitted code used (./record.ts).
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph, Suspension } from "../ir/types.js";
import type { SlotAssignment } from "../alloc/slots.js";
import type { SlotFacts } from "../analysis/slot-sync.js";
import { assignment as assign, cellOf } from "../ir/ast.js";
import { AWAITING, MACHINE, MODE } from "../protocol.js";
import { isVoidZero } from "../ir/walk.js";
import { neverResumedInReturnMode, numberStates, onlyReturnsSent, onlyThrowsSent, type StateLayout } from "./states.js";
import { loadSlots, saveSlots, type SlotAccess } from "./slot-io.js";
import { withEscapes } from "./escapes.js";
import { dispatchLoop } from "./dispatch.js";
import { enters, newEmitRecord, type EmitRecord } from "./record.js";

export interface StepInput {
  graph: FunctionGraph;
  slots: SlotAssignment;
  /** Per suspension: stores it can skip. */
  slotFacts: SlotFacts[];
  /** Name slots in comments (debugSlotNames). */
  debugSlotNames: boolean;
  helpers: Set<string>;
}

const id = (name: string) => t.identifier(name);
const num = (n: number) => t.numericLiteral(n);

/** What emitting one case needs, and the handler of the case being emitted. */
interface CaseContext {
  readonly graph: FunctionGraph;
  readonly layout: StateLayout;
  readonly access: SlotAccess;
  readonly record: EmitRecord;
  readonly helpers: Set<string>;
  /** The step's own variables: reading one can neither throw nor write a saved local. */
  readonly stepLocals: ReadonlySet<string>;
  /**
   * The handler of the case being emitted. Falling into the next case needs no state update
   * when the handler is the same: the state is read only by the dispatch (on `continue`) and
   * by exception routing, which depends on the handler alone.
   */
  currentHandler: Block | null;
}

export function emitStepFunction({ graph, slots, slotFacts, debugSlotNames, helpers }: StepInput): t.FunctionExpression {
  const names = graph.names;
  const layout = numberStates(graph);
  const ctx: CaseContext = {
    graph,
    layout,
    access: { graph, slots, slotFacts, debugSlotNames },
    record: newEmitRecord(),
    helpers,
    stepLocals: new Set(graph.locals.map((l) => l.name)),
    currentHandler: null,
  };
  const cases: t.SwitchCase[] = [t.switchCase(num(0), loadSlots(ctx.access, 0))];
  layout.order.forEach((block, index) => {
    const s = layout.resumeOf.get(block);
    if (s) cases.push(t.switchCase(num(layout.resumeState.get(s)!), resumeCase(ctx, s)));
    cases.push(t.switchCase(num(layout.stateOf.get(block)!), blockCase(ctx, block, layout.order[index + 1])));
  });
  const loop = dispatchLoop(cases, graph, layout, ctx.record);

  const record = ctx.record;
  const declarators: t.VariableDeclarator[] = [];
  if (slots.slots > 0) declarators.push(t.variableDeclarator(id(names.slots), t.memberExpression(id(names.machine), id(MACHINE.slots))));
  if (record.usesCaught) declarators.push(t.variableDeclarator(id(names.caught)));
  if (record.usesOperand) declarators.push(t.variableDeclarator(id(names.operand)));
  if (record.usesPendingJump) declarators.push(t.variableDeclarator(id(names.jump)));
  for (const l of graph.locals) declarators.push(t.variableDeclarator(id(l.name)));
  return t.functionExpression(
    null,
    [id(names.machine), id(names.state), id(names.mode), id(names.sent)],
    t.blockStatement(declarators.length > 0 ? [t.variableDeclaration("var", declarators), loop] : [loop]),
  );
}

/** Enter the target's state: fall into it (setting the state only when the handler changes) or continue the dispatch. */
function jump(ctx: CaseContext, target: Block, fallsThrough: boolean): t.Statement[] {
  if (fallsThrough && target.handler === ctx.currentHandler) return [];
  const set = assign(id(ctx.graph.names.state), enters(ctx.record, ctx.layout.stateOf.get(target)!));
  return fallsThrough ? [set] : [set, t.continueStatement()];
}

/** A block's case: the caught exception it receives, its statements, its terminator. */
function blockCase(ctx: CaseContext, block: Block, following: Block | undefined): t.Statement[] {
  const names = ctx.graph.names;
  ctx.currentHandler = block.handler;
  const body: t.Statement[] = [];
  if (block.catchesInto && block.catchesInto !== "discard") {
    const l = block.catchesInto;
    ctx.record.usesCaught = true;
    body.push(assign(id(l.name), l.cell ? cellOf(id(names.caught)) : id(names.caught)));
  }
  for (const instr of block.instrs) {
    body.push(instr.escapes.length > 0 ? withEscapes(instr.node, ctx.graph, ctx.layout.stateOf, ctx.record) : instr.node);
  }
  body.push(...terminator(ctx, block, following));
  return body;
}

/**
 * A suspension's resume case: load the locals live at it, then by mode go to its throw or
 * return resume (inlined when that only throws or returns the sent value), else fall into
 * its resume block. A plain suspension's runtime handles throw and return itself.
 */
function resumeCase(ctx: CaseContext, s: Suspension): t.Statement[] {
  const names = ctx.graph.names;
  const out = loadSlots(ctx.access, s.index + 1);
  ctx.currentHandler = s.throwResume.handler;
  if (s.kind !== "yieldRaw" && !ctx.layout.plain.has(s)) {
    const thr = s.throwResume;
    const inlineThrow = onlyThrowsSent(thr, names.sent) && thr.handler === ctx.currentHandler;
    out.push(t.ifStatement(
      t.binaryExpression("===", id(names.mode), num(MODE.throw)),
      inlineThrow ? t.throwStatement(id(names.sent)) : t.blockStatement(jump(ctx, thr, false)),
    ));
    const ret = s.returnResume;
    if (!neverResumedInReturnMode(s)) {
      out.push(t.ifStatement(
        t.binaryExpression("===", id(names.mode), num(MODE.return)),
        onlyReturnsSent(ret, names.sent) ? t.returnStatement(id(names.sent)) : t.blockStatement(jump(ctx, ret, false)),
      ));
    }
  }
  out.push(...jump(ctx, s.resume, true));
  return out;
}

function terminator(ctx: CaseContext, block: Block, following: Block | undefined): t.Statement[] {
  const term = block.term!;
  const fallsInto = (target: Block) => target === following && !ctx.layout.resumeOf.has(target);
  switch (term.kind) {
    case "goto":
      return jump(ctx, term.target, fallsInto(term.target));
    case "branch": {
      if (fallsInto(term.then)) {
        return [t.ifStatement(t.unaryExpression("!", term.test), t.blockStatement(jump(ctx, term.else, false))), ...jump(ctx, term.then, true)];
      }
      return [t.ifStatement(term.test, t.blockStatement(jump(ctx, term.then, false))), ...jump(ctx, term.else, fallsInto(term.else))];
    }
    case "return":
      return [t.returnStatement(term.argument)];
    case "throw":
      return [t.throwStatement(term.argument)];
    case "suspend":
      return suspension(ctx, block, term.suspension);
    default: {
      const never: never = term;
      throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
    }
  }
}

/** A suspension: its operand evaluated, the slots stored, `machine.k` set to the resume state, the operand returned. */
function suspension(ctx: CaseContext, block: Block, s: Suspension): t.Statement[] {
  const { graph, record } = ctx;
  const names = graph.names;
  const out: t.Statement[] = [];
  let operand: t.Expression = s.argument;
  /** A literal or a read of the step's own variable: evaluating it can neither throw nor write. */
  const cannotThrowOrWrite = (e: t.Expression) =>
    (t.isLiteral(e) && !t.isTemplateLiteral(e)) || isVoidZero(e) || (t.isIdentifier(e) && ctx.stepLocals.has(e.name));
  if (s.kind === "delegate") {
    ctx.helpers.add("iter");
    out.push(assign(t.memberExpression(id(names.machine), id(MACHINE.delegate)), t.callExpression(t.memberExpression(id(names.runtime), id("iter")), [operand])));
    operand = t.buildUndefinedNode();
  } else if (!cannotThrowOrWrite(operand) && (ctx.access.slots.slots > 0 || block.handler)) {
    // The operand is evaluated before the machine records the suspension: it may write a
    // local the save stores, or throw into a handler of this function, which must find the
    // machine still running (not marked suspended by `machine.k`).
    const held = t.identifier(names.operand);
    record.usesOperand = true;
    out.push(assign(held, operand));
    operand = held;
  }
  out.push(...saveSlots(ctx.access, s.index + 1));
  if (graph.kind === "asyncGenerator" && (s.kind === "await" || s.kind === "yield")) {
    const awaiting = s.kind === "await" ? AWAITING.await : AWAITING.thenYield;
    out.push(assign(t.memberExpression(id(names.machine), id(MACHINE.awaiting)), num(awaiting)));
  }
  out.push(assign(t.memberExpression(id(names.machine), id(MACHINE.state)), enters(record, ctx.layout.resumeState.get(s)!)));
  out.push(t.returnStatement(operand));
  return out;
}
