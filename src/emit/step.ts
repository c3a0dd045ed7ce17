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
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph, Local, Suspension } from "../ir/types.js";
import type { SlotAssignment } from "../alloc/slots.js";
import { successors } from "../ir/cfg.js";
import type { SlotFacts } from "../analysis/slot-sync.js";
import { assignment as assign, cellOf } from "../ir/ast.js";
import { isPlainState, MACHINE, MODE } from "../protocol.js";
import { isVoidZero, replaceChildren } from "../ir/walk.js";

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

export function emitStepFunction({ graph, slots, slotFacts, debugSlotNames, helpers }: StepInput): t.FunctionExpression {
  const names = graph.names;
  // Reachable blocks, in creation order (which follows the source).
  const reachable = new Set<Block>();
  const work = [graph.entry];
  while (work.length) {
    const b = work.pop()!;
    if (reachable.has(b)) continue;
    reachable.add(b);
    for (const s of successors(b)) work.push(s);
  }
  const resumeOf = new Map<Block, Suspension>();
  for (const s of graph.suspensions) if (reachable.has(s.resume)) resumeOf.set(s.resume, s);

  // A resume whose throw and return only leave the function (no handler, no finally) is
  // *plain*: the runtime completes it without calling the step function, so its case has no
  // mode checks and its throw/return blocks are not emitted. Plain resume states are even,
  // the others odd; the runtime tells them apart by parity (state 0, the start, is plain).
  // A throw (return) resume that does nothing but throw (return) the sent value.
  const isSentArg = (e: t.Expression | null) => t.isIdentifier(e, { name: names.sent });
  const onlyThrowsSent = (b: Block) => b.instrs.length === 0 && b.term?.kind === "throw" && isSentArg(b.term.argument);
  const onlyReturnsSent = (b: Block) => b.instrs.length === 0 && b.term?.kind === "return" && isSentArg(b.term.argument);
  const plain = new Set<Suspension>();
  for (const s of graph.suspensions) {
    if (
      graph.kind !== "asyncGenerator" &&
      s.kind !== "yieldRaw" &&
      onlyThrowsSent(s.throwResume) && s.throwResume.handler === null &&
      onlyReturnsSent(s.returnResume)
    ) {
      plain.add(s);
    }
  }
  const skipped = new Set<Block>();
  for (const s of plain) {
    skipped.add(s.throwResume);
    skipped.add(s.returnResume);
  }
  const order = graph.blocks.filter((b) => reachable.has(b) && !skipped.has(b));

  // State numbers: 0 is the start; a suspension's resume case comes right before its block.
  const stateOf = new Map<Block, number>();
  const resumeState = new Map<Suspension, number>();
  let next = 1;
  for (const b of order) {
    const s = resumeOf.get(b);
    if (s) {
      const wantEven = plain.has(s);
      if (isPlainState(next) !== wantEven) next++;
      resumeState.set(s, next++);
    }
    stateOf.set(b, next++);
  }
  const state = (b: Block) => stateOf.get(b)!;

  const slotRef = (i: number, local: Local | null) => {
    const ref = t.memberExpression(id(names.slots), num(i), true);
    if (debugSlotNames && local) t.addComment(ref.property, "trailing", ` ${local.displayName} `, false);
    return ref;
  };
  // At the start, a live local that is not a start local (a `var` read before any write) is
  // undefined in its slot and in the fresh step function's variable alike: no load.
  const startLocals = new Set(graph.startLocals.map((s) => s.local));
  const load = (point: number): t.Statement[] => {
    const map = slots.atPoint[point]!;
    return [...map]
      .filter(([local]) => point !== 0 || startLocals.has(local))
      .sort((a, b) => a[1] - b[1])
      .map(([local, slot]) => assign(id(local.name), slotRef(slot, local)));
  };
  // Stores the suspension's live locals and clears the other slots, except where the slot
  // sync analysis proved the slot already holds that (see ../analysis/slot-sync.ts).
  const save = (point: number): t.Statement[] => {
    const map = slots.atPoint[point]!;
    const facts = slotFacts[point - 1]!;
    const bySlot = new Map<number, Local>();
    for (const [l, s] of map) bySlot.set(s, l);
    const out: t.Statement[] = [];
    const cleared: number[] = [];
    for (let i = 0; i < slots.slots; i++) {
      const l = bySlot.get(i);
      if (l ? facts.inSync.has(l) : facts.empty.has(i)) continue;
      if (l) out.push(assign(slotRef(i, l), id(l.name)));
      else cleared.push(i);
    }
    // One chained clear, `s[1] = s[4] = void 0`: the slots are distinct, so order is free.
    if (cleared.length > 0) {
      let value: t.Expression = t.unaryExpression("void", num(0));
      for (let k = cleared.length - 1; k >= 0; k--) value = t.assignmentExpression("=", slotRef(cleared[k]!, null), value);
      out.push(t.expressionStatement(value));
    }
    return out;
  };
  // Falling into the next case needs no state update when the handler is the same: the
  // state is read only by the dispatch (on `continue`) and by exception routing, which
  // depends on the handler alone. Invariant: the handler of `state` is the current block's.
  let currentHandler: Block | null = null;
  // Every state the emitted code can put in `state` (or the pending jump, or `machine.k`),
  // recorded where it is emitted: the dispatch can enter only these (and 0, and the routes').
  const entered = new Set<number>([0]);
  const enters = (n: number): t.NumericLiteral => {
    entered.add(n);
    return num(n);
  };
  const jump = (target: Block, fallsThrough: boolean): t.Statement[] => {
    if (fallsThrough && target.handler === currentHandler) return [];
    const set = assign(id(names.state), enters(state(target)));
    return fallsThrough ? [set] : [set, t.continueStatement()];
  };

  // A jump out of an opaque statement sets the state and continues the dispatch loop. When
  // the jump leaves a native `finally` or a native for-of (whose iterator is closed on the
  // way out), that code runs after the jump began and may throw: the throw must be routed by
  // the handler of the state being left, so such a jump only records its target and breaks
  // out of the statement, and the state is set once the statement is left:
  //   complete: { escape: { <statement: jump = N; break escape;> break complete; }
  //               state = jump; continue; }
  // (A `finally` that overrides the jump with its own completion never reaches `state = jump`.)
  let usesLoopLabel = false;
  // The dispatch loop's caught exception and the suspension operand's temporary are declared
  // only where something uses them.
  let usesCaught = false;
  let usesOperand = false;
  let usesPendingJump = false;
  let pendingInStatement = false;
  const leavesFinalizer = (parent: t.Node, child: t.Node): boolean =>
    (t.isTryStatement(parent) && !!parent.finalizer && child !== parent.finalizer) ||
    (t.isForOfStatement(parent) && child === parent.body);
  const replaceMarks = (node: t.Node, underFinalizer: boolean): void =>
    replaceChildren(node, (c) => {
      const target = graph.jumpMarks.get(c);
      if (target) {
        if (underFinalizer) {
          usesPendingJump = pendingInStatement = true;
          return t.blockStatement([assign(id(names.jump), enters(state(target))), t.breakStatement(id(names.escape))]);
        }
        usesLoopLabel = true;
        return t.blockStatement([assign(id(names.state), enters(state(target))), t.continueStatement(id(names.loop))]);
      }
      if (!t.isFunction(c)) replaceMarks(c, underFinalizer || leavesFinalizer(node, c));
      return c;
    });
  const withEscapes = (statement: t.Statement): t.Statement => {
    pendingInStatement = false;
    replaceMarks(statement, false);
    if (!pendingInStatement) return statement;
    return t.labeledStatement(id(names.complete), t.blockStatement([
      t.labeledStatement(id(names.escape), t.blockStatement([statement, t.breakStatement(id(names.complete))])),
      assign(id(names.state), id(names.jump)),
      t.continueStatement(),
    ]));
  };

  const stepLocals = new Set(graph.locals.map((l) => l.name));
  /** A literal or a read of the step's own variable: evaluating it can neither throw nor write. */
  const cannotThrowOrWrite = (e: t.Expression) =>
    (t.isLiteral(e) && !t.isTemplateLiteral(e)) || isVoidZero(e) || (t.isIdentifier(e) && stepLocals.has(e.name));

  const cases: t.SwitchCase[] = [];
  cases.push(t.switchCase(num(0), load(0)));
  order.forEach((block, index) => {
    const following = order[index + 1];
    const s = resumeOf.get(block);
    if (s) cases.push(t.switchCase(num(resumeState.get(s)!), resumeCase(s)));
    currentHandler = block.handler;
    const body: t.Statement[] = [];
    if (block.catchesInto && block.catchesInto !== "discard") {
      const l = block.catchesInto;
      usesCaught = true;
      body.push(assign(id(l.name), l.cell ? cellOf(id(names.caught)) : id(names.caught)));
    }
    for (const instr of block.instrs) body.push(instr.escapes.length > 0 ? withEscapes(instr.node) : instr.node);
    body.push(...terminator(block, following));
    cases.push(t.switchCase(num(state(block)), body));
  });

  function resumeCase(s: Suspension): t.Statement[] {
    const point = s.index + 1;
    const out = load(point);
    currentHandler = s.throwResume.handler;
    if (s.kind !== "yieldRaw" && !plain.has(s)) {
      // A throw or return resume that only throws or returns the sent value is inlined.
      const thr = s.throwResume;
      const inlineThrow = onlyThrowsSent(thr) && thr.handler === currentHandler;
      out.push(t.ifStatement(
        t.binaryExpression("===", id(names.mode), num(MODE.throw)),
        inlineThrow ? t.throwStatement(id(names.sent)) : t.blockStatement(jump(thr, false)),
      ));
      const ret = s.returnResume;
      out.push(t.ifStatement(
        t.binaryExpression("===", id(names.mode), num(MODE.return)),
        onlyReturnsSent(ret) ? t.returnStatement(id(names.sent)) : t.blockStatement(jump(ret, false)),
      ));
    }
    out.push(...jump(s.resume, true));
    return out;
  }

  function terminator(block: Block, following: Block | undefined): t.Statement[] {
    const term = block.term!;
    switch (term.kind) {
      case "goto":
        return jump(term.target, term.target === following && !resumeOf.has(term.target));
      case "branch": {
        const thenNext = term.then === following && !resumeOf.has(term.then);
        if (thenNext) {
          return [t.ifStatement(t.unaryExpression("!", term.test), t.blockStatement(jump(term.else, false))), ...jump(term.then, true)];
        }
        return [t.ifStatement(term.test, t.blockStatement(jump(term.then, false))), ...jump(term.else, term.else === following && !resumeOf.has(term.else))];
      }
      case "return":
        return [t.returnStatement(term.argument)];
      case "throw":
        return [t.throwStatement(term.argument)];
      case "suspend": {
        const s = term.suspension;
        const out: t.Statement[] = [];
        let operand: t.Expression = s.argument;
        if (s.kind === "delegate") {
          helpers.add("iter");
          out.push(assign(t.memberExpression(id(names.machine), id(MACHINE.delegate)), t.callExpression(t.memberExpression(id(names.runtime), id("iter")), [operand])));
          operand = t.buildUndefinedNode();
        } else if (!cannotThrowOrWrite(operand) && (slots.slots > 0 || block.handler)) {
          // The operand is evaluated before the machine records the suspension: it may write a
          // local the save stores, or throw into a handler of this function, which must find
          // the machine still running (not marked suspended by `machine.k`).
          const held = t.identifier(names.operand);
          usesOperand = true;
          out.push(assign(held, operand));
          operand = held;
        }
        out.push(...save(s.index + 1));
        if (s.kind === "await" && graph.kind === "asyncGenerator") {
          out.push(assign(t.memberExpression(id(names.machine), id(MACHINE.awaiting)), num(1)));
        }
        out.push(assign(t.memberExpression(id(names.machine), id(MACHINE.state)), enters(resumeState.get(s)!)));
        out.push(t.returnStatement(operand));
        return out;
      }
      default: {
        const never: never = term;
        throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
      }
    }
  }

  // Exception routing: each state with a handler goes to the handler's landing.
  const routes = new Map<number, number[]>();
  const addRoute = (from: number, handler: Block | null) => {
    if (!handler) return;
    const to = state(handler);
    const list = routes.get(to) ?? [];
    list.push(from);
    routes.set(to, list);
  };
  for (const b of order) addRoute(state(b), b.handler);
  for (const s of graph.suspensions) {
    const rs = resumeState.get(s);
    if (rs !== undefined) addRoute(rs, s.throwResume.handler);
  }

  // A case whose state the dispatch can never see (no jump, resume or route sets it; the
  // block is only fallen into) needs no label: its code joins the case before it. Routes from
  // such states are dead too. `state` only ever holds 0, a resume state (`machine.k = N`),
  // or a number assigned to it (or to the pending jump) by the code emitted above (`enters`).
  for (const to of routes.keys()) entered.add(to);
  // When the case before ends in a jump, such code is unreachable and is left out.
  const endsInJump = (c: t.SwitchCase) => {
    const last = c.consequent[c.consequent.length - 1];
    return t.isContinueStatement(last) || t.isReturnStatement(last) || t.isThrowStatement(last) || t.isBreakStatement(last);
  };
  const kept: t.SwitchCase[] = [];
  for (const c of cases) {
    const n = (c.test as t.NumericLiteral).value;
    const previous = kept[kept.length - 1];
    if (!previous || entered.has(n)) kept.push(c);
    else if (!endsInJump(previous)) previous.consequent.push(...c.consequent);
  }
  for (const [to, froms] of routes) {
    const live = froms.filter((f) => entered.has(f));
    if (live.length > 0) routes.set(to, live);
    else routes.delete(to);
  }

  const dispatch = t.switchStatement(id(names.state), kept);
  let loopBody: t.Statement = dispatch;
  if (routes.size > 0) {
    usesCaught = true;
    const e = id("e");
    const routeCases: t.SwitchCase[] = [];
    for (const [to, froms] of [...routes].sort((a, b) => a[0] - b[0])) {
      froms.sort((a, b) => a - b);
      froms.forEach((from, i) => {
        const isLast = i === froms.length - 1;
        routeCases.push(t.switchCase(num(from), isLast ? [assign(id(names.state), num(to)), t.breakStatement()] : []));
      });
    }
    routeCases.push(t.switchCase(null, [t.throwStatement(e)]));
    loopBody = t.tryStatement(
      t.blockStatement([dispatch]),
      t.catchClause(e, t.blockStatement([t.switchStatement(id(names.state), routeCases), assign(id(names.caught), e)])),
    );
  }
  const loop = t.forStatement(null, null, null, t.blockStatement([loopBody]));
  const labelled: t.Statement = usesLoopLabel ? t.labeledStatement(id(names.loop), loop) : loop;

  const declarators: t.VariableDeclarator[] = [];
  if (slots.slots > 0) declarators.push(t.variableDeclarator(id(names.slots), t.memberExpression(id(names.machine), id(MACHINE.slots))));
  if (usesCaught) declarators.push(t.variableDeclarator(id(names.caught)));
  if (usesOperand) declarators.push(t.variableDeclarator(id(names.operand)));
  if (usesPendingJump) declarators.push(t.variableDeclarator(id(names.jump)));
  for (const l of graph.locals) declarators.push(t.variableDeclarator(id(l.name)));
  return t.functionExpression(
    null,
    [id(names.machine), id(names.state), id(names.mode), id(names.sent)],
    t.blockStatement(declarators.length > 0 ? [t.variableDeclaration("var", declarators), labelled] : [labelled]),
  );
}

