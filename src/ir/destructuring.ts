/**
 * Destructuring whose pattern suspends (a default or a computed key with `yield`/`await`):
 * the pattern is taken apart element by element, in the order the language evaluates it
 * (RequireObjectCoercible first, keys converted where they stand, each default only when its
 * value is undefined, object rest from the keys seen), each target assigned as it is reached.
 */
import { types as t } from "@babel/core";
import type { Builder } from "./builder-interface.js";
import { assignToLocal } from "./ast.js";
import type { Local } from "./types.js";

/** What destructuring needs from expression lowering (./expressions.ts implements it). */
export interface ValueLowering {
  readonly b: Builder;
  value(node: t.Expression): t.Expression;
  hold(node: t.Expression, display?: string): t.Expression;
  holdKey(node: t.Expression): t.Expression;
  holdValue(e: t.Expression): t.Expression;
  member(node: t.MemberExpression, keepKey: boolean): t.MemberExpression;
  stable(node: t.Node): boolean;
}

export class Destructuring {
  constructor(private readonly ops: ValueLowering) {}

  /** Assigns `value` to the pattern's targets, taking the pattern apart. */
  destructure(pattern: t.LVal, value: t.Expression): void {
    const b = this.ops.b;
    if (t.isObjectPattern(pattern)) {
      const source = this.ops.stable(value) ? value : this.ops.hold(value, "destructured value");
      b.emit(t.expressionStatement(b.runtime("requireObject", [source])));
      const usedKeys: t.Expression[] = [];
      for (const prop of pattern.properties) {
        if (t.isRestElement(prop)) {
          // A property reference as target is evaluated before the rest object is made.
          const target = t.isMemberExpression(prop.argument) ? this.ops.member(prop.argument, true) : (prop.argument as t.LVal);
          const rest = b.runtime("objectRest", [source, t.arrayExpression(usedKeys.map((k) => t.cloneNode(k)))]);
          this.destructure(target, this.ops.holdValue(rest));
          continue;
        }
        let key: t.Expression;
        if (prop.computed) key = this.ops.holdKey(prop.key as t.Expression);
        else if (t.isIdentifier(prop.key)) key = t.stringLiteral(prop.key.name);
        else key = prop.key as t.Expression;
        usedKeys.push(key);
        const read = t.memberExpression(source, t.cloneNode(key), true);
        this.destructureElement(prop.value as t.LVal, read);
      }
      return;
    }
    if (t.isArrayPattern(pattern)) {
      this.ops.b.statement(this.arrayDestructuring(pattern, value));
      return;
    }
    if (t.isAssignmentPattern(pattern)) {
      this.destructureElement(pattern as t.AssignmentPattern, value);
      return;
    }
    this.assignSimple(pattern, value);
  }

  /**
   * Array destructuring with a suspension inside, written out as the spec's iterator steps so
   * the builder can take it apart: each element steps the iterator unless it is done (a step
   * or value that throws marks it done: no close), applies its default, assigns; a throw
   * closes the iterator ignoring errors from `return`; any other way out closes it normally.
   */
  private arrayDestructuring(pattern: t.ArrayPattern, value: t.Expression): t.Statement {
    const b = this.ops.b;
    const it = b.temp("destructuring iterator");
    const done = b.temp("destructuring done");
    const step = b.temp("destructuring step");
    const caught = b.temp("destructuring error");
    const id = (l: Local) => t.identifier(l.name);
    const set = (l: Local, e: t.Expression) => assignToLocal(l.name, e);
    const stepOnce = (onValue: (v: t.Expression) => t.Statement): t.Statement[] => [
      set(done, t.booleanLiteral(true)),
      set(step, b.runtime("step", [id(it)])),
      t.ifStatement(
        t.unaryExpression("!", t.memberExpression(id(step), t.identifier("done"))),
        t.blockStatement([onValue(t.memberExpression(id(step), t.identifier("value"))), set(done, t.booleanLiteral(false))]),
      ),
    ];
    const body: t.Statement[] = [];
    // A target that is a property reference is evaluated before the iterator is stepped for
    // it (spec: the reference first, then IteratorStep, the default, PutValue); a nested
    // pattern is destructured after. The key stays as evaluated: it is converted at the put.
    const reference = (target: t.Node): t.Node => {
      if (!t.isMemberExpression(target)) return target;
      let object: t.Expression | t.Super = target.object;
      if (!t.isSuper(object)) {
        const held = b.temp("target object");
        body.push(set(held, object));
        object = id(held);
      }
      let property = target.property;
      if (target.computed) {
        const held = b.temp("target key");
        body.push(set(held, property as t.Expression));
        property = id(held);
      }
      return t.memberExpression(object as t.Expression, property, target.computed);
    };
    for (const element of pattern.elements) {
      if (element && t.isRestElement(element)) {
        const target = reference(element.argument);
        const rest = b.temp("destructuring rest");
        body.push(set(rest, t.arrayExpression([])));
        body.push(t.whileStatement(t.unaryExpression("!", id(done)), t.blockStatement(
          stepOnce((v) => t.expressionStatement(t.callExpression(t.memberExpression(id(rest), t.identifier("push")), [v]))),
        )));
        body.push(t.expressionStatement(t.assignmentExpression("=", target as t.Identifier, id(rest))));
        continue;
      }
      const target = element ? reference(t.isAssignmentPattern(element) ? element.left : element) : null;
      const v = b.temp("destructuring element");
      body.push(set(v, t.buildUndefinedNode()));
      body.push(t.ifStatement(t.unaryExpression("!", id(done)), t.blockStatement(stepOnce((x) => set(v, x)))));
      if (!element) continue;
      if (t.isAssignmentPattern(element)) {
        body.push(t.ifStatement(t.binaryExpression("===", id(v), t.buildUndefinedNode()), set(v, element.right)));
      }
      body.push(t.expressionStatement(t.assignmentExpression("=", target as t.Identifier, id(v))));
    }
    return t.blockStatement([
      set(it, b.runtime("iter", [value])),
      set(done, t.booleanLiteral(false)),
      t.tryStatement(
        t.blockStatement([
          t.tryStatement(
            t.blockStatement(body),
            t.catchClause(id(caught), t.blockStatement([
              t.ifStatement(t.unaryExpression("!", id(done)), t.blockStatement([
                set(done, t.booleanLiteral(true)),
                t.expressionStatement(b.runtime("close", [id(it), t.booleanLiteral(true)])),
              ])),
              t.throwStatement(id(caught)),
            ])),
          ),
        ]),
        null,
        t.blockStatement([
          t.ifStatement(t.unaryExpression("!", id(done)), t.expressionStatement(b.runtime("close", [id(it), t.booleanLiteral(false)]))),
        ]),
      ),
    ]);
  }


  /** One element of a pattern, applying its default when the value is undefined. */
  private destructureElement(target: t.LVal | t.AssignmentPattern, read: t.Expression): void {
    const b = this.ops.b;
    if (target.type === "AssignmentPattern") {
      // A property reference as target is evaluated before the value is read and defaulted.
      const left = t.isMemberExpression(target.left) ? this.ops.member(target.left, true) : target.left;
      const v = this.ops.holdValue(read);
      const fill = b.newBlock();
      const after = b.newBlock();
      b.branch(t.binaryExpression("===", v, t.buildUndefinedNode()), fill, after);
      b.enter(fill);
      b.emitAssign(b.localsByName.get((v as t.Identifier).name)!, this.ops.value(target.right));
      b.goto(after);
      b.enter(after);
      this.destructure(left as t.LVal, v);
      return;
    }
    if (t.isObjectPattern(target) || t.isArrayPattern(target)) {
      this.destructure(target, this.ops.holdValue(read));
      return;
    }
    this.assignSimple(target, read);
  }

  private assignSimple(target: t.LVal, value: t.Expression): void {
    const b = this.ops.b;
    if (t.isMemberExpression(target)) {
      const m = this.ops.member(target, true);
      b.emit(t.expressionStatement(t.assignmentExpression("=", m, value)));
      return;
    }
    b.emit(t.expressionStatement(t.assignmentExpression("=", target as t.Identifier, value)));
  }
}
