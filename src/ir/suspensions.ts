/**
 * What counts as a suspension point in each kind of function. An async generator's
 * `return expr` awaits its operand, so it suspends too.
 */
import { types as t } from "@babel/core";
import type { FunctionKindName } from "./prepare.js";

export function isSuspensionNode(node: t.Node, kind: FunctionKindName): boolean {
  if (t.isYieldExpression(node) || t.isAwaitExpression(node)) return true;
  if (t.isForOfStatement(node) && node.await) return true;
  if (kind === "asyncGenerator" && t.isReturnStatement(node) && node.argument) return true;
  return false;
}

export function containsSuspension(node: t.Node, kind: FunctionKindName): boolean {
  let found = false;
  const visit = (n: t.Node | null | undefined): void => {
    if (!n || found) return;
    if (isSuspensionNode(n, kind)) {
      found = true;
      return;
    }
    if (t.isFunction(n)) return;
    for (const key of t.VISITOR_KEYS[n.type] ?? []) {
      const child = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) for (const c of child) visit(c as t.Node);
      else if (child && typeof child === "object") visit(child as t.Node);
    }
  };
  visit(node);
  return found;
}
