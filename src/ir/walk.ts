/**
 * Plain AST walking, for the passes that need no scope information: much cheaper than a Babel
 * traversal, which builds paths and scopes. `eachChild` visits children (`eachChildWith`
 * with a context value, for a visitor that is not a closure); `replaceChildren`
 * lets the visitor return a replacement for each child, in place; `subtreesWithout` finds what
 * a traversal that looks for some kinds of node may skip.
 */
import { types as t } from "@babel/core";

type Fields = Record<string, unknown>;

export function eachChild(node: t.Node, visit: (child: t.Node) => void): void {
  eachChildWith(node, callVisit, visit);
}
function callVisit(child: t.Node, visit: (child: t.Node) => void): void {
  visit(child);
}

/**
 * `eachChild` for a walk that runs over every node of every lowered function: `visit` gets one
 * context value beside each child, so a recursive visitor needs no closure per node.
 */
export function eachChildWith<C>(node: t.Node, visit: (child: t.Node, context: C) => void, context: C): void {
  for (const key of t.VISITOR_KEYS[node.type] ?? []) {
    const child = (node as unknown as Fields)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === "object") visit(c as t.Node, context);
    } else if (child && typeof child === "object") {
      visit(child as t.Node, context);
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
 * For a Babel traversal from `root` that acts only on nodes for which `wanted` holds: the
 * subtrees it can skip (`enter(p) { if (set.has(p.node)) p.skip(); }`), those with no wanted
 * node, each noted where the traversal meets it (a child of a node that holds a wanted one);
 * null when `root` holds none. The walk does not go into a node `enters` refuses (a nested
 * function, for a pass that skips those): only its own `wanted` counts.
 */
export function subtreesWithout(root: t.Node, wanted: (node: t.Node) => boolean, enters: (node: t.Node) => boolean): Set<t.Node> | null {
  const skippable = new Set<t.Node>();
  // Subtrees without a wanted node, waiting for their parent's verdict.
  const pending: t.Node[] = [];
  const visit = (node: t.Node): boolean => {
    const firstPending = pending.length;
    let holds = wanted(node);
    const keys = node === root || enters(node) ? t.VISITOR_KEYS[node.type] : undefined;
    if (keys) {
      for (const key of keys) {
        const child = (node as unknown as Fields)[key];
        if (Array.isArray(child)) {
          for (const c of child) if (c !== null && typeof c === "object" && visit(c as t.Node)) holds = true;
        } else if (child !== null && typeof child === "object" && visit(child as t.Node)) {
          holds = true;
        }
      }
    }
    if (holds) for (let i = firstPending; i < pending.length; i++) skippable.add(pending[i]!);
    // (Setting an array's length is a call into the engine: only when children were noted.)
    if (pending.length > firstPending) pending.length = firstPending;
    if (!holds) pending.push(node);
    return holds;
  };
  return visit(root) ? skippable : null;
}

/**
 * `void 0`, what the lowering emits for `undefined`: the identifier `undefined` could be
 * shadowed by a binding of the user's around the emitted code. Constant, like a literal.
 */
export function isVoidZero(node: t.Node): boolean {
  return t.isUnaryExpression(node, { operator: "void" }) && t.isNumericLiteral(node.argument);
}
