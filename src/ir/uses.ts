/**
 * Which locals a piece of AST reads and which it definitely writes, for liveness.
 *
 * Locals are matched by name: prepare made every local's name unique in the function, so a
 * name that is a local's name refers to that local unless a nested function or block binds
 * it again. Reads are over-approximated (any referencing occurrence counts, even shadowed
 * ones), which can only keep a value longer, never drop a live one. Writes are
 * under-approximated: only plain assignments at the top of a statement count, since a kill that
 * might not happen would be unsound.
 */
import { types as t } from "@babel/core";
import type { Local } from "./types.js";

type Locals = ReadonlyMap<string, Local>;

export function readsOf(node: t.Node, locals: Locals): Set<Local> {
  const out = new Set<Local>();
  if (t.isIdentifier(node)) {
    const local = locals.get(node.name);
    if (local) out.add(local);
    return out;
  }
  addReads(node, null, locals, out);
  return out;
}

// (A recursive function with its own loop, not a closure per node: this walks every opaque
// statement of every lowered function.)
function addReads(n: t.Node, parent: t.Node | null, locals: Locals, out: Set<Local>): void {
  const keys = t.VISITOR_KEYS[n.type];
  if (!keys) return;
  for (const key of keys) {
    const child = (n as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === "object") addRead(c as t.Node, n, parent, locals, out);
    } else if (child && typeof child === "object") {
      addRead(child as t.Node, n, parent, locals, out);
    }
  }
}

function addRead(n: t.Node, parent: t.Node, grandparent: t.Node | null, locals: Locals, out: Set<Local>): void {
  if (t.isIdentifier(n)) {
    const local = locals.get(n.name);
    if (local && isRead(n, parent, grandparent)) out.add(local);
    return;
  }
  addReads(n, parent, locals, out);
}

/** An identifier occurrence that reads its binding (assignment targets of `=` do not). */
function isRead(node: t.Identifier, parent: t.Node, grandparent: t.Node | null): boolean {
  if (t.isAssignmentExpression(parent) && parent.left === node) return parent.operator !== "=";
  if (isPatternTarget(node, parent, grandparent)) return false;
  return t.isReferenced(node, parent, grandparent ?? undefined);
}

function isPatternTarget(node: t.Identifier, parent: t.Node, grandparent: t.Node | null): boolean {
  if (t.isArrayPattern(parent)) return true;
  if (t.isRestElement(parent)) return true;
  if (t.isAssignmentPattern(parent) && parent.left === node) return true;
  if (t.isObjectProperty(parent) && parent.value === node && t.isObjectPattern(grandparent)) return true;
  return false;
}

/** Locals a statement assigns on every path: `x = e`, `[a, b] = e`, and sequences of those. */
export function writesOf(node: t.Statement, locals: Locals): Set<Local> {
  const out = new Set<Local>();
  if (!t.isExpressionStatement(node)) return out;
  const exprs = t.isSequenceExpression(node.expression) ? node.expression.expressions : [node.expression];
  for (const e of exprs) {
    if (!t.isAssignmentExpression(e) || e.operator !== "=") break;
    for (const name of Object.keys(t.getBindingIdentifiers(e.left as t.Node))) {
      const local = locals.get(name);
      // `x = f(x)` reads x first; reads are added separately and win (gen ∪ (out − kill)).
      if (local) out.add(local);
    }
    if (!t.isIdentifier(e.left) && !t.isArrayPattern(e.left) && !t.isObjectPattern(e.left)) break;
  }
  return out;
}
