/**
 * Loop lowering: while, do-while, for, for-in, for-of and for-await taken apart into blocks
 * (see ./build.ts for the shapes), with their heads' bindings: per-iteration cells copied
 * before each update, the head's temporal dead zone while the right side runs, and a for-of
 * body inside a close region that closes the iterator on every way out but the normal one.
 */
import { types as t } from "@babel/core";
import type { Block, Local } from "./types.js";
import { assignToLocal as assignStmt, cellOf } from "./ast.js";
import { COMPLETION } from "../protocol.js";
import type { BreakRegion, GraphBuilder } from "./graph-builder.js";

/** The region of a loop: break leaves it, continue goes to `cont`, with or without a label. */
function loopRegion(labels: string[], exit: Block, cont: Block): BreakRegion {
  return { kind: "break", labels, breakTarget: exit, continueTarget: cont, implicitBreak: true, implicitContinue: true };
}

/** A loop's body, built inside its region: break goes to `exit`, continue to `cont`. */
function loopBody(b: GraphBuilder, body: t.Statement, labels: string[], exit: Block, cont: Block): void {
  b.regions.push(loopRegion(labels, exit, cont));
  b.statement(body);
  b.regions.pop();
}

export function whileLoop(b: GraphBuilder, node: t.WhileStatement, labels: string[]): void {
  const head = b.newBlock();
  const body = b.newBlock();
  const exit = b.newBlock();
  b.goto(head);
  b.enter(head);
  b.branch(b.expressions.value(node.test), body, exit);
  b.enter(body);
  loopBody(b, node.body, labels, exit, head);
  if (b.isOpen) b.goto(head);
  b.enter(exit);
}

export function doWhileLoop(b: GraphBuilder, node: t.DoWhileStatement, labels: string[]): void {
  const body = b.newBlock();
  const test = b.newBlock();
  const exit = b.newBlock();
  b.goto(body);
  b.enter(body);
  loopBody(b, node.body, labels, exit, test);
  if (b.isOpen) b.goto(test);
  b.enter(test);
  b.branch(b.expressions.value(node.test), body, exit);
  b.enter(exit);
}

/** The TDZ candidates a loop head declares. */
function headCandidates(b: GraphBuilder, decl: t.VariableDeclaration): Set<string> {
  const out = new Set<string>();
  if (decl.kind === "var") return out;
  for (const d of decl.declarations) {
    for (const name of Object.keys(t.getBindingIdentifiers(d.id))) if (b.tdz.candidates.has(name)) out.add(name);
  }
  return out;
}

/** The cell locals a loop head declares, which get a fresh copy per iteration. */
function declaredCells(b: GraphBuilder, decl: t.VariableDeclaration): Local[] {
  const out: Local[] = [];
  for (const d of decl.declarations) {
    for (const name of Object.keys(t.getBindingIdentifiers(d.id))) {
      const local = b.localsByName.get(name);
      if (local?.cell) out.push(local);
    }
  }
  return out;
}

export function forLoop(b: GraphBuilder, node: t.ForStatement, labels: string[]): void {
  let perIteration: Local[] = [];
  if (node.init) {
    if (t.isVariableDeclaration(node.init)) {
      const init = node.init;
      perIteration = init.kind === "var" ? [] : declaredCells(b, init);
      const names = headCandidates(b, init);
      if (names.size > 0) {
        b.resetLoopHead(init);
        for (const piece of b.declaring(names, () => declare(b, init))) {
          const cellName = freshCellTarget(piece);
          if (cellName && names.has(cellName)) b.tdz.fillsResetCell.set(piece, cellName);
        }
      } else {
        declare(b, init);
      }
    } else {
      b.expressions.discard(node.init);
    }
  }
  const copyCells = () => {
    for (const cell of perIteration) {
      b.emitAssign(cell, cellOf(t.memberExpression(t.identifier(cell.name), t.identifier("v"))));
      b.tdz.internal.add(b.current.instrs[b.current.instrs.length - 1]!.node);
    }
  };
  copyCells();
  // Emitted in creation order: update falls into the test, the test into the body, so an
  // iteration costs one dispatch (the jump from the body's end to the update).
  const update = b.newBlock();
  const head = b.newBlock();
  const body = b.newBlock();
  const exit = b.newBlock();
  b.goto(head);
  b.enter(head);
  if (node.test) b.branch(b.expressions.value(node.test), body, exit);
  else b.goto(body);
  b.enter(body);
  loopBody(b, node.body, labels, exit, update);
  if (b.isOpen) b.goto(update);
  b.enter(update);
  copyCells();
  if (node.update) b.expressions.discard(node.update);
  if (b.isOpen) b.goto(head);
  b.enter(exit);
}

/** A `let`/`const`/`var` declaration in a loop head, as assignments (cells made fresh). */
function declare(b: GraphBuilder, decl: t.VariableDeclaration): void {
  for (const d of decl.declarations) {
    if (t.isIdentifier(d.id)) {
      const local = b.localsByName.get(d.id.name)!;
      const init = d.init ?? (decl.kind === "var" ? null : t.buildUndefinedNode());
      if (!init) continue;
      const value = b.expressions.value(init);
      if (local.cell && decl.kind !== "var") b.emitAssign(local, cellOf(value), d.loc);
      else if (local.cell) b.emit(assignStmt(`${local.name}`, value, true));
      else b.emitAssign(local, value, d.loc);
    } else if (d.init) {
      b.assignPattern(d.id as t.LVal, b.expressions.value(d.init), decl.kind !== "var");
    }
  }
}

function bindHeadDeclaring(b: GraphBuilder, left: t.ForXStatement["left"], value: t.Expression, names: ReadonlySet<string>): void {
  if (names.size > 0) b.declaring(names, () => bindHead(b, left, value));
  else bindHead(b, left, value);
}

/** Binds the loop variable of a for-in/for-of head to `value`. */
function bindHead(b: GraphBuilder, left: t.ForXStatement["left"], value: t.Expression): void {
  if (t.isVariableDeclaration(left)) {
    const d = left.declarations[0]!;
    if (t.isIdentifier(d.id)) {
      const local = b.localsByName.get(d.id.name)!;
      if (local.cell && left.kind !== "var") b.emitAssign(local, cellOf(value));
      else if (local.cell) b.emit(assignStmt(local.name, value, true));
      else b.emitAssign(local, value);
    } else {
      b.assignPattern(d.id as t.LVal, value, left.kind !== "var");
    }
    return;
  }
  if (b.suspends(left)) {
    b.expressions.assignTo(left as t.LVal, value);
    return;
  }
  b.emit(t.expressionStatement(t.assignmentExpression("=", left as t.AssignmentExpression["left"], value)));
}

export function forInLoop(b: GraphBuilder, node: t.ForInStatement, labels: string[]): void {
  const headNames = t.isVariableDeclaration(node.left) ? headCandidates(b, node.left) : new Set<string>();
  // The right side runs where the head's bindings exist but are uninitialised.
  if (headNames.size > 0) b.resetLoopHead(node.left as t.VariableDeclaration);
  const object = b.expressions.value(node.right);
  const keys = b.temp(`for-in keys (line ${node.loc?.start.line ?? "?"})`);
  const key = b.temp("for-in key");
  b.emitAssign(keys, b.runtime("forIn", [object]));
  const head = b.newBlock();
  const body = b.newBlock();
  const exit = b.newBlock();
  b.goto(head);
  b.enter(head);
  b.emitAssign(key, b.runtime("nextKey", [t.identifier(keys.name)]));
  b.branch(t.binaryExpression("===", t.identifier(key.name), t.buildUndefinedNode()), exit, body);
  b.enter(body);
  bindHeadDeclaring(b, node.left, t.identifier(key.name), headNames);
  loopBody(b, node.body, labels, exit, head);
  if (b.isOpen) b.goto(head);
  b.enter(exit);
}

export function forOfLoop(b: GraphBuilder, node: t.ForOfStatement, labels: string[], isAwait: boolean): void {
  const line = node.loc?.start.line ?? "?";
  const headNames = t.isVariableDeclaration(node.left) ? headCandidates(b, node.left) : new Set<string>();
  // The right side runs where the head's bindings exist but are uninitialised.
  if (headNames.size > 0) b.resetLoopHead(node.left as t.VariableDeclaration);
  const iterable = b.expressions.value(node.right);
  const iterator = b.temp(`${isAwait ? "for-await" : "for-of"} iterator (line ${line})`);
  const result = b.temp(`${isAwait ? "for-await" : "for-of"} step`);
  b.emitAssign(iterator, b.runtime(isAwait ? "asyncIter" : "iter", [iterable]));
  const exit = b.newBlock();
  const head = b.newBlock();
  b.goto(head);
  // break leaves (and closes); continue stays inside the close region.
  b.regions.push({ kind: "break", labels, breakTarget: exit, continueTarget: null, implicitBreak: true, implicitContinue: false });
  b.enter(head);
  if (isAwait) {
    // The iterator record's `next`, read once by asyncIter: { i: iterator, n: next }.
    const record = (key: string) => t.memberExpression(t.identifier(iterator.name), t.identifier(key));
    const next = t.callExpression(t.memberExpression(record("n"), t.identifier("call")), [record("i")]);
    b.suspend("await", next, "for-await", node.loc, result);
    b.emit(t.expressionStatement(b.runtime("checkResult", [t.identifier(result.name)])));
  } else {
    b.emitAssign(result, b.runtime("step", [t.identifier(iterator.name)]));
  }
  // Reading `done` and `value` is outside the close region: their errors do not close.
  const valueBlock = b.newBlock();
  b.branch(t.memberExpression(t.identifier(result.name), t.identifier("done")), exit, valueBlock);
  b.enter(valueBlock);
  const value = b.temp(`${isAwait ? "for-await" : "for-of"} value`);
  b.emitAssign(value, t.memberExpression(t.identifier(result.name), t.identifier("value")));
  b.withFinally(
    () => {
      bindHeadDeclaring(b, node.left, t.identifier(value.name), headNames);
      b.regions.push({ kind: "break", labels, breakTarget: null, continueTarget: head, implicitBreak: false, implicitContinue: true });
      b.statement(node.body);
      b.regions.pop();
      if (b.isOpen) b.goto(head);
    },
    (region) => {
      const isThrow = t.binaryExpression("===", t.identifier(region.code.name), t.numericLiteral(COMPLETION.throw));
      if (isAwait) {
        asyncClose(b, iterator, isThrow);
      } else {
        b.emit(t.expressionStatement(b.runtime("close", [t.identifier(iterator.name), isThrow])));
      }
    },
    false,
    `${isAwait ? "for-await" : "for-of"} (line ${line})`,
  );
  b.regions.pop();
  if (b.isOpen) b.goto(exit);
  b.enter(exit);
}

/** AsyncIteratorClose: await `return()`; on a throw completion its errors are ignored. */
function asyncClose(b: GraphBuilder, iterator: Local, isThrow: t.Expression): void {
  const method = b.temp("for-await return method");
  const res = b.temp("for-await return result");
  const it = () => t.memberExpression(t.identifier(iterator.name), t.identifier("i"));
  const call = () => t.callExpression(t.memberExpression(t.identifier(method.name), t.identifier("call")), [it()]);
  const ast = t.ifStatement(
    isThrow,
    t.tryStatement(
      t.blockStatement([
        assignStmt(method.name, t.memberExpression(it(), t.identifier("return"))),
        t.ifStatement(
          t.binaryExpression("!=", t.identifier(method.name), t.nullLiteral()),
          t.expressionStatement(t.awaitExpression(call())),
        ),
      ]),
      t.catchClause(null, t.blockStatement([])),
    ),
    t.blockStatement([
      assignStmt(method.name, t.memberExpression(it(), t.identifier("return"))),
      t.ifStatement(
        t.binaryExpression("!=", t.identifier(method.name), t.nullLiteral()),
        t.blockStatement([
          assignStmt(res.name, t.awaitExpression(call())),
          t.expressionStatement(b.runtime("checkResult", [t.identifier(res.name)])),
        ]),
      ),
    ]),
  );
  b.statement(ast);
}

/** `x = { v: e }`: the name of the cell a statement creates, or null. */
function freshCellTarget(node: t.Statement): string | null {
  if (!t.isExpressionStatement(node) || !t.isAssignmentExpression(node.expression, { operator: "=" })) return null;
  const { left, right } = node.expression;
  if (!t.isIdentifier(left) || !t.isObjectExpression(right) || right.properties.length !== 1) return null;
  const prop = right.properties[0]!;
  return t.isObjectProperty(prop) && t.isIdentifier(prop.key, { name: "v" }) ? left.name : null;
}
