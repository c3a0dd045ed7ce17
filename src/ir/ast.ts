/**
 * Small AST builders every stage uses, written once: an assignment statement, a cell, an
 * assignment to a local or its cell. (Walking the AST without Babel paths is ./walk.ts.)
 */
import { types as t } from "@babel/core";

/** `left = right;` */
export function assignment(left: t.LVal | t.MemberExpression, right: t.Expression): t.ExpressionStatement {
  return t.expressionStatement(t.assignmentExpression("=", left as t.Identifier, right));
}

/** `{ v: value }`: the cell of a binding that closures share with the machine. */
export function cellOf(value: t.Expression): t.ObjectExpression {
  return t.objectExpression([t.objectProperty(t.identifier("v"), value)]);
}

/** `name = value;`, or `name.v = value;` when the local holds a cell. */
export function assignToLocal(name: string, value: t.Expression, viaCell = false): t.ExpressionStatement {
  return assignment(viaCell ? t.memberExpression(t.identifier(name), t.identifier("v")) : t.identifier(name), value);
}
