/**
 * The parts of a file the lowering traversal (./index.ts) can skip: every subtree that holds no
 * generator, async function or async generator. Nothing in such a subtree is lowered, and
 * the traversal's other visitor (object literals and classes, for their methods and computed
 * keys) acts only on containers that hold one of those functions, so skipping it changes
 * nothing but the time: a Babel traversal makes a path (and a scope per function) for every
 * node it enters, a plain walk does not.
 *
 * Invariants: computed once per file, before any lowering, on the nodes as they are then;
 * lowering only moves or rewrites subtrees that hold a suspending function (the function
 * itself, its container), so a subtree found inert stays inert. Nodes made by the lowering
 * are in no set and are always entered.
 */
import { types as t } from "@babel/core";

/** Every node under (and including) `root` that holds no suspending function. */
export function inertSubtrees(root: t.Node): Set<t.Node> {
  const inert = new Set<t.Node>();
  holdsSuspendingFunction(root, inert);
  return inert;
}

function holdsSuspendingFunction(node: t.Node, inert: Set<t.Node>): boolean {
  let holds = t.isFunction(node) && (node.generator || node.async);
  const keys = t.VISITOR_KEYS[node.type];
  if (keys) {
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) {
          if (c !== null && typeof c === "object" && holdsSuspendingFunction(c as t.Node, inert)) holds = true;
        }
      } else if (child !== null && typeof child === "object" && holdsSuspendingFunction(child as t.Node, inert)) {
        holds = true;
      }
    }
  }
  if (!holds) inert.add(node);
  return holds;
}
