/**
 * The parts of a file the lowering traversal (./index.ts) can skip: subtrees that hold no
 * generator, async function or async generator. Nothing in such a subtree is lowered, and the
 * traversal's other visitor (object literals and classes, for their methods and computed keys)
 * acts only on containers that hold one of those functions, so skipping it changes nothing but
 * the time: a Babel traversal makes a path (and a scope per function) for every node it
 * enters, a plain walk does not.
 *
 * Which inert nodes are noted: outside suspending functions, those the traversal can meet,
 * the inert children of nodes that are not inert (the code there keeps its shape); inside a
 * suspending function, every inert node, because lowering takes the function's statements
 * and expressions apart and puts the pieces under new nodes, where the traversal meets them.
 *
 * Invariants: computed once per file, before any lowering, on the nodes as they are then;
 * lowering only moves or rewrites subtrees that hold a suspending function (the function
 * itself, its container), so a subtree found inert stays inert. Nodes made by the lowering
 * are in no set and are entered, but for the body of a step function made from a function
 * whose children were all inert (../index.ts adds it once that function is lowered): it holds
 * that function's code, rearranged, and nothing else to lower.
 */
import { types as t } from "@babel/core";

/** The inert nodes under (and including) `root` that the lowering traversal may meet. */
export function inertSubtrees(root: t.Node): Set<t.Node> {
  const inert = new Set<t.Node>();
  // Inert children waiting for their parent's verdict (outside suspending functions only).
  const pending: t.Node[] = [];
  const visit = (node: t.Node, inSuspending: boolean): boolean => {
    const suspending = t.isFunction(node) && (node.generator || node.async);
    const inside = inSuspending || suspending;
    const firstPending = pending.length;
    let holds = suspending;
    const keys = t.VISITOR_KEYS[node.type];
    if (keys) {
      for (const key of keys) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const c of child) if (c !== null && typeof c === "object" && visit(c as t.Node, inside)) holds = true;
        } else if (child !== null && typeof child === "object" && visit(child as t.Node, inside)) {
          holds = true;
        }
      }
    }
    if (holds) {
      for (let i = firstPending; i < pending.length; i++) inert.add(pending[i]!);
    }
    pending.length = firstPending;
    if (!holds) {
      if (inSuspending) inert.add(node);
      else pending.push(node);
    }
    return holds;
  };
  if (!visit(root, false)) inert.add(root);
  return inert;
}

/** True when every child of `node` (a suspending function) is in `inert`: nothing inside it is left to lower. */
export function childrenAreInert(node: t.Node, inert: ReadonlySet<t.Node>): boolean {
  const keys = t.VISITOR_KEYS[node.type];
  if (!keys) return true;
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c !== null && typeof c === "object" && !inert.has(c as t.Node)) return false;
    } else if (child !== null && typeof child === "object" && !inert.has(child as t.Node)) {
      return false;
    }
  }
  return true;
}
