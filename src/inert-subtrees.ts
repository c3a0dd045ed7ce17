/**
 * The parts of a file the lowering traversal (./index.ts) can skip: subtrees that hold no
 * generator, async function or async generator. Nothing in such a subtree is lowered, and the
 * traversal's other visitor (object literals and classes, for their methods and computed keys)
 * acts only on containers that hold one of those functions, so skipping it changes nothing but
 * the time: a Babel traversal makes a path (and a scope per function) for every node it
 * enters, a plain walk does not. The same walk notes whether the file holds `with` or `eval`,
 * which each lowered function would otherwise be searched for (`FileSurvey`).
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

/** What the walk over a file finds before anything is lowered. */
export interface FileSurvey {
  /** The inert nodes under (and including) the root that the lowering traversal may meet. */
  inert: Set<t.Node>;
  /**
   * Whether the file holds a `with` statement or a call of a plain `eval`: the constructs
   * ./ir/refusals.ts looks for in each lowered function (lowering makes neither), found here
   * for the whole file in the walk it makes anyway.
   */
  withOrEval: boolean;
}

export function surveyFile(root: t.Node): FileSurvey {
  const inert = new Set<t.Node>();
  let withOrEval = false;
  // Inert children waiting for their parent's verdict (outside suspending functions only).
  const pending: t.Node[] = [];
  const visit = (node: t.Node, inSuspending: boolean): boolean => {
    if (t.isWithStatement(node) || (t.isCallExpression(node) && t.isIdentifier(node.callee, { name: "eval" }))) withOrEval = true;
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
    // (Setting an array's length is a call into the engine: only when children were noted.)
    if (pending.length > firstPending) pending.length = firstPending;
    if (!holds) {
      if (inSuspending) inert.add(node);
      else pending.push(node);
    }
    return holds;
  };
  if (!visit(root, false)) inert.add(root);
  return { inert, withOrEval };
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
