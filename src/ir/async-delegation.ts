/**
 * `yield*` in an async generator, as IR: the loop of the spec (AsyncGeneratorYield of each
 * inner result, the received completion sent on to the inner iterator), each Await a real
 * suspension so that ticks match native.
 */
import { types as t } from "@babel/core";
import type { Local } from "./types.js";
import type { Builder } from "./builder-interface.js";
import { assignToLocal } from "./ast.js";
import { MODE } from "../protocol.js";

/**
 * Async `yield*`: the loop of the spec, as IR. Each round sends the received completion to
 * the inner iterator (each Await a real suspension, so ticks match native), and yields
 * the inner value without awaiting it again.
 */
export function asyncDelegate(b: Builder, iterable: t.Expression, node: t.YieldExpression, want: "value" | "discard" | Local): t.Expression | null {
  const line = node.loc?.start.line ?? "?";
  const it = b.temp(`yield* iterator (line ${line})`);
  const mode = b.temp("yield* mode");
  const received = b.temp("yield* received");
  const res = b.temp("yield* inner result");
  b.emitAssign(it, b.runtime("asyncIter", [iterable]));
  b.emitAssign(mode, t.numericLiteral(MODE.next));
  b.emitAssign(received, t.buildUndefinedNode());
  const head = b.newBlock();
  b.goto(head);
  b.enter(head);
  // One round of the spec's loop, written out so each Await is a real suspension and the
  // tick count matches native: the received completion goes to next/throw/return.
  const method = b.temp("yield* method");
  const closeResult = b.temp("yield* close result");
  const returning = b.temp("yield* returns");
  const value = b.temp("yield* return value");
  const id = (l: Local) => t.identifier(l.name);
  const set = (l: Local, e: t.Expression) => assignToLocal(l.name, e);
  const member = (l: Local, key: string) => t.memberExpression(id(l), t.identifier(key));
  // `it` holds the iterator record { i: iterator, n: next method read once }.
  const iterator = () => t.memberExpression(id(it), t.identifier("i"));
  const iteratorMethod = (key: string) => t.memberExpression(iterator(), t.identifier(key));
  const callMethod = (args: t.Expression[]) => t.callExpression(member(method, "call"), [iterator(), ...args]);
  const isMode = (n: number) => t.binaryExpression("===", id(mode), t.numericLiteral(n));
  const isNull = (l: Local) => t.binaryExpression("==", id(l), t.nullLiteral());
  b.statement(t.blockStatement([
    set(returning, t.booleanLiteral(false)),
    t.ifStatement(
      isMode(MODE.return),
      t.blockStatement([
        set(method, iteratorMethod("return")),
        t.ifStatement(
          isNull(method),
          t.blockStatement([set(value, t.awaitExpression(id(received))), set(returning, t.booleanLiteral(true))]),
          set(res, t.awaitExpression(callMethod([id(received)]))),
        ),
      ]),
      t.ifStatement(
        isMode(MODE.throw),
        t.blockStatement([
          set(method, iteratorMethod("throw")),
          t.ifStatement(isNull(method), t.blockStatement([
            // AsyncIteratorClose, then the TypeError.
            set(method, iteratorMethod("return")),
            t.ifStatement(t.unaryExpression("!", isNull(method)), t.blockStatement([
              set(closeResult, t.awaitExpression(callMethod([]))),
              t.expressionStatement(b.runtime("checkResult", [id(closeResult)])),
            ])),
            t.throwStatement(b.runtime("noThrowMethod", [])),
          ])),
          set(res, t.awaitExpression(callMethod([id(received)]))),
        ]),
        set(res, t.awaitExpression(t.callExpression(t.memberExpression(member(it, "n"), t.identifier("call")), [iterator(), id(received)]))),
      ),
    ),
  ]));
  const returnNow = b.newBlock();
  const carryOn = b.newBlock();
  b.branch(id(returning), returnNow, carryOn);
  b.enter(returnNow);
  b.returnFrom(id(value));
  b.enter(carryOn);
  b.emit(t.expressionStatement(b.runtime("checkResult", [t.identifier(res.name)])));
  const done = b.newBlock();
  const more = b.newBlock();
  b.branch(t.memberExpression(t.identifier(res.name), t.identifier("done")), done, more);
  b.enter(more);
  const { suspension } = b.suspend("yieldRaw", t.memberExpression(t.identifier(res.name), t.identifier("value")), "yield*", node.loc, received);
  const modeLocal = suspension.modeLocal!;
  b.emitAssign(mode, t.identifier(modeLocal.name));
  // AsyncGeneratorUnwrapYieldResumption: a return() is awaited first; a rejection becomes a throw.
  const failed = b.temp("yield* return rejection");
  b.statement(t.ifStatement(
    t.binaryExpression("===", id(mode), t.numericLiteral(MODE.return)),
    t.tryStatement(
      t.blockStatement([t.expressionStatement(t.assignmentExpression("=", id(received), t.awaitExpression(id(received))))]),
      t.catchClause(id(failed), t.blockStatement([
        t.expressionStatement(t.assignmentExpression("=", id(mode), t.numericLiteral(MODE.throw))),
        t.expressionStatement(t.assignmentExpression("=", id(received), id(failed))),
      ])),
    ),
  ));
  b.goto(head);
  b.enter(done);
  // A return() forwarded to the inner iterator that finished ends the outer generator too.
  const forwardedReturn = b.newBlock();
  const finished = b.newBlock();
  b.branch(t.binaryExpression("===", t.identifier(mode.name), t.numericLiteral(MODE.return)), forwardedReturn, finished);
  b.enter(forwardedReturn);
  b.returnFrom(t.memberExpression(t.identifier(res.name), t.identifier("value")));
  b.enter(finished);
  if (want === "discard") {
    // IteratorValue: the result's `value` is read (a getter may throw) even when unused.
    b.emit(t.expressionStatement(t.memberExpression(t.identifier(res.name), t.identifier("value"))));
    return null;
  }
  const target = want === "value" ? b.temp("yield* result") : want;
  b.emitAssign(target, t.memberExpression(t.identifier(res.name), t.identifier("value")));
  return t.identifier(target.name);
}
