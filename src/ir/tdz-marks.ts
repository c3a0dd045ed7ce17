/**
 * What prepare and the builder record for the temporal-dead-zone pass (../analysis/tdz.ts):
 * which locals can be read before their declaration ran, and which statements of the lowered
 * code enter their scope, declare them, or only look like accesses.
 *
 * A *candidate* is a `let`, `const` or class binding that prepare lifted into the step
 * function. Natively it is uninitialised from its scope's entry until its declaration runs;
 * lifted, it is a plain local (or a cell) that would just read `undefined` there. The pass
 * proves most uses initialised; only the others get a check, and only candidates with such a
 * use keep their *resets* (the statement that makes the binding uninitialised at scope entry).
 *
 * Statements are recorded by node identity: opaque statements reach the graph as the same
 * node objects, and the builder records the statements it makes itself.
 */
import { types as t } from "@babel/core";

export interface TdzReset {
  /** The candidate's local name. */
  readonly local: string;
  /**
   * A reset that exists only for the TDZ (`x = undefined`, or a loop head's fresh cell): the
   * pass removes it when no use needs a check. A block's entry cell is not removable; the pass
   * only decides what it holds (`{ v: undefined }`, or the uninitialised marker).
   */
  readonly removable: boolean;
  /** The expression whose value the pass turns into the uninitialised marker. */
  readonly holder: { node: t.Node; key: string };
}

export class TdzMarks {
  /** Local name → the binding's source name, for every candidate. */
  readonly candidates = new Map<string, string>();
  /** Candidates declared `const`: assigning them throws a TypeError (done by prepare). */
  readonly constants = new Set<string>();
  /** Statements that make a candidate uninitialised: its scope is entered. */
  readonly resets = new WeakMap<t.Statement, TdzReset>();
  /**
   * Whole declarations (`let x = e` rewritten to `x = e`): their top-level assignment targets
   * are the declaration's, not uses, and once the statement completes the names are initialised.
   */
  readonly declarations = new WeakMap<t.Statement, ReadonlySet<string>>();
  /**
   * Pieces of a declaration the builder took apart (it contains a suspension): their top-level
   * assignment targets of these names are the declaration's; the names are initialised only
   * at the marker that follows the last piece.
   */
  readonly declarationParts = new WeakMap<t.Statement, ReadonlySet<string>>();
  /** Empty statements the builder places where a taken-apart declaration completes. */
  readonly initialized = new WeakMap<t.Statement, ReadonlySet<string>>();
  /** The builder's own accesses (per-iteration cell copies): neither uses nor writes. */
  readonly internal = new WeakSet<t.Statement>();
  /**
   * The calls that hand cells and by-value locals to a closure. A by-value local is handed
   * only to closures made after its declaration, or to ones that merely mention its name (a
   * parameter of theirs shadows it): its arguments there are never uses to check.
   */
  readonly handOvers = new WeakSet<t.CallExpression>();
  /** Reads that are not uses: a const's destructuring target passes the binding unchecked. */
  readonly uncheckedReads = new WeakSet<t.Node>();
  /** Statements that make a hoisted function declaration, with the function's local name. */
  readonly hoistedFunctions = new WeakMap<t.Statement, string>();
  /**
   * A `for (let …;;)` head's `x = { v: e }`: when the pass keeps the reset cell before the
   * head (a closure in the head captured it), the head fills that cell instead (`x.v = e`).
   */
  readonly fillsResetCell = new WeakMap<t.Statement, string>();

  get any(): boolean {
    return this.candidates.size > 0;
  }
}

/** A cell local's value, `x.v`: the object's name, or null for any other node. */
export function cellAccessName(node: t.Node): string | null {
  if (!t.isMemberExpression(node) || node.computed || !t.isIdentifier(node.object) || !t.isIdentifier(node.property, { name: "v" })) return null;
  return node.object.name;
}

/** The targets a pattern assigns: identifiers and `x.v` cell accesses (and other members). */
export function patternLeaves(pattern: t.Node): t.LVal[] {
  const out: t.LVal[] = [];
  const visit = (n: t.Node | null | undefined): void => {
    if (!n) return;
    if (t.isIdentifier(n) || t.isMemberExpression(n)) out.push(n);
    else if (t.isObjectPattern(n)) for (const p of n.properties) visit(t.isRestElement(p) ? p.argument : p.value);
    else if (t.isArrayPattern(n)) for (const e of n.elements) visit(e);
    else if (t.isAssignmentPattern(n)) visit(n.left);
    else if (t.isRestElement(n)) visit(n.argument);
  };
  visit(pattern);
  return out;
}

/** The local a pattern leaf writes: `x` or the cell `x` of `x.v`. */
export function leafLocal(leaf: t.Node): string | null {
  return t.isIdentifier(leaf) ? leaf.name : cellAccessName(leaf);
}

/** Top-level `=` assignments of a statement (`x = e`, `[a, b] = e`, in a sequence). */
export function topLevelAssignments(node: t.Statement): t.AssignmentExpression[] {
  if (!t.isExpressionStatement(node)) return [];
  const exprs = t.isSequenceExpression(node.expression) ? node.expression.expressions : [node.expression];
  return exprs.filter((e): e is t.AssignmentExpression => t.isAssignmentExpression(e) && e.operator === "=");
}

/** Locals a statement assigns at its top level. */
export function topLevelTargets(node: t.Statement): Set<string> {
  const out = new Set<string>();
  for (const e of topLevelAssignments(node)) {
    for (const leaf of patternLeaves(e.left)) {
      const name = leafLocal(leaf);
      if (name) out.add(name);
    }
  }
  return out;
}
