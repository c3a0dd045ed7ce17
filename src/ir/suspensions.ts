/**
 * What counts as a suspension point in each kind of function. An async generator's
 * `return expr` awaits its operand, so it suspends too.
 */
import { types as t } from "@babel/core";
import type { FunctionKindName } from "./types.js";
import { eachChild } from "./walk.js";

export function isSuspensionNode(node: t.Node, kind: FunctionKindName): boolean {
  // (One switch: this is asked of every node of every lowered function.)
  switch (node.type) {
    case "YieldExpression":
    case "AwaitExpression":
      return true;
    case "ForOfStatement":
      return node.await;
    case "ReturnStatement":
      return kind === "asyncGenerator" && !!node.argument;
    default:
      return false;
  }
}

/**
 * The children that run as part of the enclosing function: a nested function's body does
 * not, but a method's computed key is evaluated by the enclosing code.
 */
function eachEnclosingChild(n: t.Node, root: t.Node | null, visit: (child: t.Node) => void): void {
  if (t.isFunction(n) && n !== root) {
    if ((t.isObjectMethod(n) || t.isClassMethod(n) || t.isClassPrivateMethod(n)) && n.computed) visit(n.key as t.Node);
    return;
  }
  eachChild(n, visit);
}

export function containsSuspension(node: t.Node, kind: FunctionKindName): boolean {
  let found = false;
  const visit = (n: t.Node | null | undefined): void => {
    if (!n || found) return;
    if (isSuspensionNode(n, kind)) {
      found = true;
      return;
    }
    eachEnclosingChild(n, null, visit);
  };
  visit(node);
  return found;
}

/** Every node (up to `root`) that has a suspension inside it, outside nested functions. */
export function suspendingNodes(root: t.Node, kind: FunctionKindName): WeakSet<t.Node> {
  const set = new WeakSet<t.Node>();
  const ancestors: t.Node[] = [];
  const visit = (n: t.Node | null | undefined): void => {
    if (!n) return;
    if (isSuspensionNode(n, kind)) {
      for (const a of ancestors) set.add(a);
      set.add(n);
    }
    ancestors.push(n);
    eachEnclosingChild(n, root, visit);
    ancestors.pop();
  };
  visit(root);
  return set;
}
