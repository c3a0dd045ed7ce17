/**
 * Statement lowering: a statement with a suspension inside is taken apart into blocks (see
 * ./build.ts for the shapes); one without is kept whole (opaque), its jumps to taken-apart
 * statements rewritten into escape edges. Loops are in ./build-loops.ts.
 */
import { types as t } from "@babel/core";
import type { Block, Local } from "./types.js";
import { assignToLocal as assignStmt } from "./ast.js";
import { readsOf } from "./uses.js";
import { COMPLETION } from "../protocol.js";
import { replaceChildren } from "./walk.js";
import type { FinallyRegion, GraphBuilder } from "./graph-builder.js";
import { doWhileLoop, forInLoop, forLoop, forOfLoop, whileLoop } from "./build-loops.js";

/** The builder's statement lowering: appends `node`, taken apart where it suspends, to the current block. */
export function lowerStatement(b: GraphBuilder, node: t.Statement, labels: string[]): void {
  const declared = b.tdz.declarations.get(node);
  if (declared && b.suspends(node)) {
    // A declaration taken apart: its pieces write the names, which are initialised only
    // where the last piece completes (see ./tdz-marks.ts).
    b.declaring(declared, () => b.expressions.discard((node as t.ExpressionStatement).expression));
    return;
  }
  if (!b.suspends(node)) {
    // A block that declares nothing scopes nothing: its statements are emitted one by one,
    // not wrapped in a block of the step function.
    if (t.isBlockStatement(node) && node.directives.length === 0 && !node.body.some(isLexicalDeclaration)) {
      for (const s of node.body) b.statement(s);
      return;
    }
    opaque(b, node);
    return;
  }
  switch (node.type) {
    case "ExpressionStatement":
      b.expressions.discard(node.expression);
      return;
    case "BlockStatement":
      for (const s of node.body) b.statement(s);
      return;
    case "IfStatement":
      return ifStatement(b, node);
    case "ReturnStatement":
      return returnStatement(b, node);
    case "ThrowStatement": {
      const arg = b.expressions.value(node.argument);
      b.terminate({ kind: "throw", argument: arg, reads: readsOf(arg, b.localsByName) });
      return;
    }
    case "LabeledStatement":
      return labeled(b, node, labels);
    case "WhileStatement":
      return whileLoop(b, node, labels);
    case "DoWhileStatement":
      return doWhileLoop(b, node, labels);
    case "ForStatement":
      return forLoop(b, node, labels);
    case "ForInStatement":
      return forInLoop(b, node, labels);
    case "ForOfStatement":
      return node.await ? forOfLoop(b, node, labels, true) : forOfLoop(b, node, labels, false);
    case "SwitchStatement":
      return switchStatement(b, node, labels);
    case "TryStatement":
      return tryStatement(b, node);
    case "VariableDeclaration":
      throw new Error(`internal: unexpected ${node.kind} declaration left by prepare`);
    default:
      throw new Error(`internal: cannot lower a ${node.type} with a suspension inside`);
  }
}

/** A statement with no suspension: kept whole; jumps out of it become escape edges. */
function opaque(b: GraphBuilder, node: t.Statement): void {
  if (t.isBreakStatement(node) || t.isContinueStatement(node)) {
    const found = b.findJump(t.isBreakStatement(node) ? "break" : "continue", node.label?.name ?? null);
    if (!found) throw new Error("internal: jump target not found");
    b.jumpTo(found.target, found.keep);
    return;
  }
  // A `return` or `throw` of the taken-apart body ends its block as a terminator (routed
  // through the finally regions it leaves), not as an opaque statement followed by dead code.
  if (t.isReturnStatement(node)) {
    returnStatement(b, node);
    return;
  }
  if (t.isThrowStatement(node)) {
    b.terminate({ kind: "throw", argument: node.argument, reads: readsOf(node.argument, b.localsByName) });
    return;
  }
  if (t.isFunctionDeclaration(node)) throw new Error("internal: function declaration left by prepare");
  const escapes: Block[] = [];
  const rewritten = rewriteEscapes(b, node, escapes);
  b.emit(rewritten, escapes);
}

/**
 * Replaces break/continue that leave `node` for a taken-apart construct, and returns that
 * must run a taken-apart finally, with a jump marker (an empty block statement the emitter
 * turns into `state = N; continue loop`), preceded by the completion assignments.
 */
function rewriteEscapes(b: GraphBuilder, node: t.Statement, escapes: Block[]): t.Statement {
  const builder = b;
  const innerLabels: string[] = [];
  let loopDepth = 0;
  let switchDepth = 0;
  const makeJump = (prefix: t.Statement[], target: Block): t.Statement => {
    const marker = t.blockStatement([]);
    builder.jumpMarks.set(marker, target);
    escapes.push(target);
    return t.blockStatement([...prefix, marker]);
  };
  const jumpStatements = (target: Block, keep: number): t.Statement => {
    const route = builder.jumpRoute(target, keep);
    return makeJump(route.statements, route.to);
  };
  const visit = (n: t.Node): t.Node => {
    if (t.isFunction(n) || t.isClass(n)) return n;
    if (t.isBreakStatement(n) || t.isContinueStatement(n)) {
      const isBreak = t.isBreakStatement(n);
      const label = n.label?.name ?? null;
      const internal = label !== null ? innerLabels.includes(label) : isBreak ? loopDepth + switchDepth > 0 : loopDepth > 0;
      if (internal) return n;
      const jump = builder.findJump(isBreak ? "break" : "continue", label);
      if (!jump) throw new Error("internal: jump target not found");
      return jumpStatements(jump.target, jump.keep);
    }
    if (t.isReturnStatement(n)) {
      const region = [...builder.regions].reverse().find((r): r is FinallyRegion => r.kind === "finally");
      if (!region) return n;
      return makeJump(
        [
          assignStmt(region.value.name, n.argument ?? t.buildUndefinedNode()),
          assignStmt(region.code.name, t.numericLiteral(COMPLETION.return)),
        ],
        region.entry,
      );
    }
    const isLoop = t.isLoop(n);
    const isSwitch = t.isSwitchStatement(n);
    const label = t.isLabeledStatement(n) ? n.label.name : null;
    if (label) innerLabels.push(label);
    if (isLoop) loopDepth++;
    if (isSwitch) switchDepth++;
    replaceChildren(n, visit);
    if (label) innerLabels.pop();
    if (isLoop) loopDepth--;
    if (isSwitch) switchDepth--;
    return n;
  };
  return visit(node) as t.Statement;
}

function ifStatement(b: GraphBuilder, node: t.IfStatement): void {
  const test = b.expressions.value(node.test);
  const thenBlock = b.newBlock();
  const after = b.newBlock();
  const elseBlock = node.alternate ? b.newBlock() : after;
  b.branch(test, thenBlock, elseBlock);
  b.enter(thenBlock);
  b.statement(node.consequent);
  if (b.isOpen) b.goto(after);
  if (node.alternate) {
    b.enter(elseBlock);
    b.statement(node.alternate);
    if (b.isOpen) b.goto(after);
  }
  b.enter(after);
}

function returnStatement(b: GraphBuilder, node: t.ReturnStatement): void {
  let value: t.Expression | null = node.argument ? b.expressions.value(node.argument) : null;
  if (value && b.kind === "asyncGenerator") {
    value = b.suspend("await", value, "await", node.loc, "value").value;
  }
  b.returnFrom(value);
}

function labeled(b: GraphBuilder, node: t.LabeledStatement, labels: string[]): void {
  const all = [...labels, node.label.name];
  const body = node.body;
  if (t.isLoop(body) || t.isSwitchStatement(body) || t.isLabeledStatement(body)) {
    b.statement(body, all);
    return;
  }
  if (!b.suspends(body)) {
    opaque(b, t.labeledStatement(node.label, body));
    return;
  }
  const after = b.newBlock();
  b.regions.push({ kind: "break", labels: all, breakTarget: after, continueTarget: null, implicitBreak: false, implicitContinue: false });
  b.statement(body);
  b.regions.pop();
  if (b.isOpen) b.goto(after);
  b.enter(after);
}

function switchStatement(b: GraphBuilder, node: t.SwitchStatement, labels: string[]): void {
  const hoisted = b.input.prepared.switchPrologues.get(node);
  if (hoisted) for (const s of hoisted) b.statement(s);
  const discriminant = b.temp("switch value");
  b.emitAssign(discriminant, b.expressions.value(node.discriminant));
  const exit = b.newBlock();
  const bodies = node.cases.map(() => b.newBlock());
  let defaultIndex = -1;
  node.cases.forEach((c, i) => {
    if (!c.test) {
      defaultIndex = i;
      return;
    }
    const test = b.expressions.value(c.test);
    const next = b.newBlock();
    b.branch(t.binaryExpression("===", t.identifier(discriminant.name), test), bodies[i]!, next);
    b.enter(next);
  });
  b.goto(defaultIndex >= 0 ? bodies[defaultIndex]! : exit);
  b.regions.push({ kind: "break", labels, breakTarget: exit, continueTarget: null, implicitBreak: true, implicitContinue: false });
  node.cases.forEach((c, i) => {
    b.enter(bodies[i]!);
    for (const s of c.consequent) b.statement(s);
    if (b.isOpen) b.goto(i + 1 < bodies.length ? bodies[i + 1]! : exit);
  });
  b.regions.pop();
  b.enter(exit);
}

function tryStatement(b: GraphBuilder, node: t.TryStatement): void {
  const buildTryAndCatch = (afterHandler: Block | null) => {
    if (!node.handler) {
      b.statement(node.block);
      return;
    }
    const outer = b.handler;
    const landing = b.newBlock(afterHandler ?? outer);
    const param = node.handler.param;
    let caughtInto: Local | "discard" = "discard";
    if (param && t.isIdentifier(param)) caughtInto = b.localsByName.get(param.name)!;
    else if (param) caughtInto = b.temp("catch value");
    landing.catchesInto = caughtInto;
    const after = b.newBlock(outer);
    b.handler = landing;
    b.continueInNewBlock();
    b.statement(node.block);
    b.handler = outer;
    if (b.isOpen) b.goto(after);
    b.enter(landing);
    if (param && !t.isIdentifier(param)) {
      b.assignPattern(param as t.LVal, t.identifier((caughtInto as Local).name), true);
    }
    b.statement(node.handler.body);
    if (b.isOpen) b.goto(after);
    b.enter(after);
  };
  if (!node.finalizer) {
    buildTryAndCatch(null);
    return;
  }
  const finalizer = node.finalizer;
  b.withFinally(
    (_region, throwLanding) => buildTryAndCatch(throwLanding),
    () => b.statement(finalizer),
    true,
    `finally (line ${finalizer.loc?.start.line ?? "?"})`,
  );
}

/** A declaration scoped to its block: `let`, `const`, `using`, a class or a function. */
function isLexicalDeclaration(node: t.Statement): boolean {
  return (t.isVariableDeclaration(node) && node.kind !== "var") || t.isClassDeclaration(node) || t.isFunctionDeclaration(node);
}
