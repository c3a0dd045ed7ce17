/**
 * Plain AST walking, for the passes that need no scope information: much cheaper than a Babel
 * traversal, which builds paths and scopes. `eachChild` visits children; `replaceChildren`
 * lets the visitor return a replacement for each child, in place.
 */
import { types as t } from "@babel/core";

type Fields = Record<string, unknown>;

export function eachChild(node: t.Node, visit: (child: t.Node) => void): void {
  for (const key of t.VISITOR_KEYS[node.type] ?? []) {
    const child = (node as unknown as Fields)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === "object") visit(c as t.Node);
    } else if (child && typeof child === "object") {
      visit(child as t.Node);
    }
  }
}

export function replaceChildren(node: t.Node, replace: (child: t.Node) => t.Node): void {
  for (const key of t.VISITOR_KEYS[node.type] ?? []) {
    const child = (node as unknown as Fields)[key];
    if (Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) if (child[i]) child[i] = replace(child[i] as t.Node);
    } else if (child && typeof child === "object" && "type" in (child as object)) {
      (node as unknown as Fields)[key] = replace(child as t.Node);
    }
  }
}

/**
 * `void 0`, what the lowering emits for `undefined`: the identifier `undefined` could be
 * shadowed by a binding of the user's around the emitted code. Constant, like a literal.
 */
export function isVoidZero(node: t.Node): boolean {
  return t.isUnaryExpression(node, { operator: "void" }) && t.isNumericLiteral(node.argument);
}
