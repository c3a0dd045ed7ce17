/**
 * Temporal dead zone: which uses of a `let`/`const`/class binding (a *candidate*, see
 * ../ir/tdz-marks.ts) may run before its declaration did, and so need a check.
 *
 * - Direction: forward. Domain: the set of candidates *definitely initialised*. Start: none is
 *   (every candidate is uninitialised at the function's entry). Meet: intersection; a block not
 *   reached yet is the top element.
 * - A reset (the binding's scope is entered: block entry, each loop iteration, a loop head)
 *   removes a candidate; a declaration adds it once its statement completes. Nothing else
 *   changes the set: an assignment to an uninitialised binding throws instead.
 * - Exception edges carry the smallest set of the block (its entry set minus its resets); an
 *   escape out of an opaque statement carries the smallest set up to that statement. A
 *   suspension's three resume blocks get the set at its end: a binding's state survives in its
 *   local (and slot) across the suspension.
 * - Inside an opaque statement the set is the one before it, except along the statement
 *   lists of a block statement (a catch body the builder kept whole), whose resets and
 *   declarations are applied in order.
 * - Closures: a use inside a nested function or class is safe when the closure is made where
 *   the binding is definitely initialised (it captured the cell of an initialised binding, and
 *   a cell never goes back). A hoisted function declaration is made at block entry, before the
 *   declarations: it is safe when it cannot *run* before them, that is when every reference to
 *   its (never reassigned) name is at a point where the binding is initialised, or inside a
 *   closure that is itself safe (the greatest such set of functions, so mutual recursion is
 *   fine: the first call must come from a reference that is evaluated).
 * - Solved by the shared solver (./dataflow.ts); the transfer function is `applyMarks` along
 *   a block, with the edges above.
 * - Deliberately conservative: a name shadowed by a native declaration inside an opaque
 *   statement counts as a use of the candidate (it can only add a check that always passes).
 *
 * Pure: reads the graph and the marks, returns the uses that need a check.
 */
import { types as t } from "@babel/core";
import type { FunctionGraph, Local } from "../ir/types.js";
import { normalSuccessors } from "../ir/cfg.js";
import { solveForward } from "./dataflow.js";
import { cellAccessName, leafLocal, patternLeaves, topLevelAssignments, type TdzMarks } from "../ir/tdz-marks.js";

/** Where a node sits, so the rewrite can replace it. */
export interface Place {
  readonly container: object;
  readonly key: string | number;
}

export type TdzUse =
  /** A read of `x` (or `x.v`): the node at `place`. */
  | { readonly kind: "read"; readonly local: string; readonly place: Place }
  /** `x = e`: the assignment node, and the machine statement it is in (null in a closure). */
  | { readonly kind: "write"; readonly local: string; readonly node: t.AssignmentExpression; readonly statement: t.Statement | null }
  /** `x += e`, `x++`, …: read first, so the expression at `place` is checked before it runs. */
  | { readonly kind: "readWrite"; readonly local: string; readonly place: Place }
  /** A read the runtime checks itself (a const's target): the binding needs the marker only. */
  | { readonly kind: "marker"; readonly local: string }
  /** A destructuring target `x` (or `x.v`) at `place` (its check reads the binding). */
  | { readonly kind: "target"; readonly local: string; readonly place: Place; readonly statement: t.Statement | null };

export interface TdzAnalysis {
  /** Uses that may run before the binding is initialised. */
  readonly unproven: TdzUse[];
  /** Candidates with such a use: their resets must put the uninitialised marker in place. */
  readonly checked: Set<string>;
}

/**
 * A set of candidates as bits (a function can have thousands of block-scoped candidates and
 * blocks: copying and meeting sets of names would be quadratic in practice).
 */
class State {
  constructor(private readonly index: ReadonlyMap<string, number>, private readonly words: Uint32Array) {}
  static empty(index: ReadonlyMap<string, number>): State {
    return new State(index, new Uint32Array((index.size + 31) >>> 5));
  }
  copy(): State {
    return new State(this.index, this.words.slice());
  }
  has(name: string): boolean {
    const i = this.index.get(name)!;
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
  add(name: string): void {
    const i = this.index.get(name)!;
    this.words[i >>> 5]! |= 1 << (i & 31);
  }
  delete(name: string): void {
    const i = this.index.get(name)!;
    this.words[i >>> 5]! &= ~(1 << (i & 31));
  }
  equals(other: State): boolean {
    for (let w = 0; w < this.words.length; w++) if (this.words[w] !== other.words[w]) return false;
    return true;
  }
  /** Keeps only what `other` has too; true when something was removed. */
  meet(other: State): boolean {
    let changed = false;
    for (let w = 0; w < this.words.length; w++) {
      // `>>> 0`: `&` gives a signed int32, the array holds unsigned words; compared as they
      // come, a word with bit 31 set would differ from itself and the fixpoint never end.
      const next = (this.words[w]! & other.words[w]!) >>> 0;
      if (next !== this.words[w]) {
        this.words[w] = next;
        changed = true;
      }
    }
    return changed;
  }
}

interface Closure {
  /** Candidates definitely initialised where the closure is made. */
  readonly madeWith: State;
  readonly uses: TdzUse[];
  /** Hoisted functions (by local name) referenced inside it. */
  readonly references: Set<string>;
  /** The hoisted function this closure is the declaration of, if any. */
  readonly hoisted: string | null;
}

export function analyzeTdz(graph: FunctionGraph, marks: TdzMarks): TdzAnalysis {
  const candidates = marks.candidates;
  const cells = new Set(graph.locals.filter((l) => l.cell).map((l) => l.name));
  // A temporary the builder filled with a cell (`t = x` when it splits `x.v(yield)`): `t.v`
  // is `x.v`.
  const aliases = new Map<string, string>();
  const temporaries = new Set(graph.locals.filter((l: Local) => l.temporary).map((l) => l.name));
  for (const block of graph.blocks) {
    for (const instr of block.instrs) {
      for (const e of topLevelAssignments(instr.node)) {
        if (t.isIdentifier(e.left) && temporaries.has(e.left.name) && t.isIdentifier(e.right) && cells.has(e.right.name) && candidates.has(e.right.name)) {
          aliases.set(e.left.name, e.right.name);
        }
      }
    }
  }
  const cellOf = (node: t.Node): string | null => {
    const name = cellAccessName(node);
    if (name === null) return null;
    const target = aliases.get(name) ?? name;
    return cells.has(target) && candidates.has(target) ? target : null;
  };
  const plainCandidate = (name: string) => candidates.has(name) && !cells.has(name);
  const index = new Map([...candidates.keys()].map((name, i) => [name, i]));

  // ---- the dataflow ---------------------------------------------------------------------
  /** Applies a statement's resets and declarations to `state`; resets also leave `min`. */
  const applyMarks = (stmt: t.Statement, state: State, min: State | null): void => {
    if (marks.internal.has(stmt)) return;
    const reset = marks.resets.get(stmt);
    if (reset) {
      state.delete(reset.local);
      min?.delete(reset.local);
      return;
    }
    const initialized = marks.initialized.get(stmt) ?? marks.declarations.get(stmt);
    if (initialized) {
      for (const n of initialized) state.add(n);
      return;
    }
    if (t.isBlockStatement(stmt)) for (const s of stmt.body) applyMarks(s, state, min);
  };

  // Sent states are copies: the solver keeps the first one to arrive as the target's state.
  const inState = solveForward(graph, {
    fixed: new Map([[graph.entry, State.empty(index)]]),
    join: (current, incoming) => {
      const next = current.copy();
      next.meet(incoming);
      return next;
    },
    equals: (x, y) => x.equals(y),
    transfer(block, entry, send) {
      const state = entry.copy();
      const min = state.copy();
      for (const instr of block.instrs) {
        applyMarks(instr.node, state, min);
        for (const target of instr.escapes) send(target, min.copy());
      }
      if (block.handler) send(block.handler, min.copy());
      for (const target of normalSuccessors(block)) send(target, state.copy());
    },
  });

  // ---- uses, in the machine and in closures ----------------------------------------------
  const unproven: TdzUse[] = [];
  const closures: Closure[] = [];
  /** Per hoisted function: whether every machine reference was where each candidate is initialised. */
  const machineReferences = new Map<string, State[]>();
  const reassigned = new Set<string>();
  const hoistedNames = new Set<string>();
  for (const block of graph.blocks) {
    for (const instr of block.instrs) {
      const f = marks.hoistedFunctions.get(instr.node);
      if (f) hoistedNames.add(f);
    }
  }

  interface Context {
    /** The set of initialised candidates here, or the closure the walk is inside. */
    readonly state: State | null;
    readonly closure: Closure | null;
    /** Inside a nested function (not just a class body): plain locals are not ours there. */
    readonly inFunction: boolean;
    /** Targets that are a declaration's own write, not uses. */
    readonly excused: ReadonlySet<t.Node>;
    /** Names bound again here (a class's inner name inside its body). */
    readonly shadowed: ReadonlySet<string>;
    /** The machine statement being walked (null in a terminator). */
    readonly statement: t.Statement | null;
  }

  const record = (use: TdzUse, ctx: Context): void => {
    if (ctx.closure) ctx.closure.uses.push(use);
    else if (!ctx.state!.has(use.local)) unproven.push(use);
  };
  const referenceHoisted = (name: string, ctx: Context): void => {
    if (ctx.closure) ctx.closure.references.add(name);
    else {
      const list = machineReferences.get(name) ?? [];
      list.push(ctx.state!.copy());
      machineReferences.set(name, list);
    }
  };

  /** The candidate a node accesses (`x` plain, or `x.v`), in this context. */
  const accessed = (node: t.Node, ctx: Context): string | null => {
    if (t.isIdentifier(node)) return plainCandidate(node.name) && !ctx.inFunction && !ctx.shadowed.has(node.name) ? node.name : null;
    return cellOf(node);
  };

  const visitPattern = (pattern: t.Node, container: object, key: string | number, ctx: Context): void => {
    const name = accessed(pattern, ctx);
    if (name !== null || t.isIdentifier(pattern) || t.isMemberExpression(pattern)) {
      if (name !== null && !ctx.excused.has(pattern)) {
        record({ kind: "target", local: name, place: { container, key }, statement: ctx.closure ? null : ctx.statement }, ctx);
      } else if (name !== null && ctx.state) {
        // A declaration's pattern initialises its names one by one, in order.
        ctx.state.add(name);
      }
      noteWrite(pattern, ctx);
      if (t.isMemberExpression(pattern) && name === null) visitChildren(pattern, ctx);
      return;
    }
    if (t.isObjectPattern(pattern)) {
      for (const p of pattern.properties) {
        if (t.isRestElement(p)) visitPattern(p.argument, p, "argument", ctx);
        else {
          if (p.computed) visit(p.key, p, "key", p, ctx);
          visitPattern(p.value, p, "value", ctx);
        }
      }
    } else if (t.isArrayPattern(pattern)) {
      pattern.elements.forEach((e, i) => {
        if (e) visitPattern(e, pattern.elements, i, ctx);
      });
    } else if (t.isAssignmentPattern(pattern)) {
      // The default runs before its target is assigned.
      visit(pattern.right, pattern, "right", pattern, ctx);
      visitPattern(pattern.left, pattern, "left", ctx);
    } else if (t.isRestElement(pattern)) {
      visitPattern(pattern.argument, pattern, "argument", ctx);
    } else {
      visit(pattern, container, key, null, ctx);
    }
  };
  /** A write to a hoisted function's name (other than its hoisting) makes it ineligible. */
  const noteWrite = (target: t.Node, ctx: Context): void => {
    if (ctx.excused.has(target)) return;
    const name = t.isIdentifier(target) ? (cells.has(target.name) ? null : target.name) : cellAccessName(target);
    if (name !== null && hoistedNames.has(name)) reassigned.add(name);
  };

  /** A native block scope inside an opaque statement binds these names again. */
  const shadowing = (ctx: Context, statements: readonly t.Statement[], head: t.Node | null = null): Context => {
    const names: string[] = [];
    const add = (n: t.Node | null | undefined) => {
      if (n) for (const name of Object.keys(t.getBindingIdentifiers(n))) if (plainCandidate(name)) names.push(name);
    };
    for (const stmt of statements) {
      if (t.isVariableDeclaration(stmt) && stmt.kind !== "var") add(stmt);
      else if (t.isClassDeclaration(stmt) || t.isFunctionDeclaration(stmt)) add(stmt.id);
    }
    add(head);
    return names.length === 0 ? ctx : { ...ctx, shadowed: new Set([...ctx.shadowed, ...names]) };
  };

  const visitChildren = (node: t.Node, ctx: Context): void => {
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        child.forEach((c, i) => {
          if (c && typeof c === "object") visit(c as t.Node, child, i, node, ctx);
        });
      } else if (child && typeof child === "object") {
        visit(child as t.Node, node, key, node, ctx);
      }
    }
  };

  const visit = (node: t.Node, container: object, key: string | number, parent: t.Node | null, outer: Context): void => {
    let ctx = outer;
    if (t.isCallExpression(node) && marks.handOvers.has(node)) {
      visit(node.callee, node, "callee", node, ctx);
      return;
    }
    if (t.isFunction(node) || t.isClass(node)) {
      const inner: Context = {
        ...ctx,
        inFunction: ctx.inFunction || t.isFunction(node),
        shadowed: t.isClass(node) && node.id ? new Set([...ctx.shadowed, node.id.name]) : ctx.shadowed,
      };
      if (ctx.closure) {
        visitChildren(node, inner);
        return;
      }
      const closure: Closure = { madeWith: ctx.state!.copy(), uses: [], references: new Set(), hoisted: null };
      closures.push(closure);
      visitChildren(node, { ...inner, state: null, closure });
      return;
    }
    if (t.isIdentifier(node) && hoistedNames.has(node.name) && !cells.has(node.name) && (!parent || t.isReferenced(node, parent))) {
      referenceHoisted(node.name, ctx);
    }
    if (t.isMemberExpression(node)) {
      const f = cellAccessName(node);
      if (f !== null && hoistedNames.has(f) && cells.has(f)) referenceHoisted(f, ctx);
    }
    if (t.isAssignmentExpression(node)) {
      const left = node.left;
      const name = accessed(left, ctx);
      if (name !== null) {
        if (ctx.excused.has(left)) {
          // The declaration's own write.
        } else if (node.operator === "=") record({ kind: "write", local: name, node, statement: ctx.closure ? null : ctx.statement }, ctx);
        else record({ kind: "readWrite", local: name, place: { container, key } }, ctx);
        visit(node.right, node, "right", node, ctx);
        return;
      }
      if (t.isObjectPattern(left) || t.isArrayPattern(left)) {
        // The value first: a declaration's pattern initialises names as it goes.
        visit(node.right, node, "right", node, ctx);
        visitPattern(left, node, "left", ctx);
        return;
      }
      noteWrite(left, ctx);
      if (node.operator !== "=") visit(left, node, "left", node, ctx);
      else if (t.isMemberExpression(left)) visitChildren(left, ctx);
      visit(node.right, node, "right", node, ctx);
      return;
    }
    if (t.isUpdateExpression(node)) {
      const name = accessed(node.argument, ctx);
      if (name !== null) {
        record({ kind: "readWrite", local: name, place: { container, key } }, ctx);
        return;
      }
      noteWrite(node.argument, ctx);
    }
    if ((t.isForInStatement(node) || t.isForOfStatement(node)) && !t.isVariableDeclaration(node.left)) {
      visit(node.right, node, "right", node, ctx);
      visitPattern(node.left, node, "left", ctx);
      visit(node.body, node, "body", node, ctx);
      return;
    }
    if (t.isUnaryExpression(node, { operator: "delete" }) && t.isIdentifier(node.argument)) return;
    if (marks.uncheckedReads.has(node)) {
      const name = accessed(node, ctx);
      if (name !== null) record({ kind: "marker", local: name }, ctx);
      return;
    }
    if (t.isSwitchStatement(node)) {
      // The discriminant is outside the cases' scope.
      visit(node.discriminant, node, "discriminant", node, ctx);
      const inner = shadowing(ctx, node.cases.flatMap((c) => c.consequent));
      node.cases.forEach((c, i) => visit(c, node.cases, i, node, inner));
      return;
    }
    if (t.isBlockStatement(node) || t.isStaticBlock(node)) ctx = shadowing(ctx, node.body);
    else if (t.isForStatement(node) && t.isVariableDeclaration(node.init) && node.init.kind !== "var") ctx = shadowing(ctx, [], node.init);
    else if ((t.isForInStatement(node) || t.isForOfStatement(node)) && t.isVariableDeclaration(node.left) && node.left.kind !== "var") {
      ctx = shadowing(ctx, [], node.left);
    } else if (t.isCatchClause(node)) ctx = shadowing(ctx, [], node.param);
    const name = accessed(node, ctx);
    if (name !== null) {
      if (t.isIdentifier(node) && parent && !t.isReferenced(node, parent)) return;
      record({ kind: "read", local: name, place: { container, key } }, ctx);
      return;
    }
    if (t.isIdentifier(node)) return;
    visitChildren(node, ctx);
  };

  /** Walks one statement of the machine at `state`, applying its marks in order. */
  const walkStatement = (stmt: t.Statement, container: object, key: string | number, state: State, root: t.Statement): void => {
    if (marks.internal.has(stmt) || marks.resets.has(stmt) || marks.initialized.has(stmt)) {
      applyMarks(stmt, state, null);
      return;
    }
    // A block whose scope was taken apart (a catch body kept whole) runs its marks in order;
    // any other block is native code, walked whole (its own declarations shadow ours).
    const marked = (s: t.Statement) => marks.resets.has(s) || marks.declarations.has(s) || marks.hoistedFunctions.has(s);
    if (t.isBlockStatement(stmt) && stmt.body.some(marked)) {
      stmt.body.forEach((s, i) => walkStatement(s, stmt.body, i, state, root));
      return;
    }
    const declared = marks.declarations.get(stmt) ?? marks.declarationParts.get(stmt);
    const excused = new Set<t.Node>();
    if (declared) {
      for (const e of topLevelAssignments(stmt)) {
        for (const leaf of patternLeaves(e.left)) {
          const n = leafLocal(leaf);
          if (n !== null && declared.has(n)) excused.add(leaf);
        }
      }
    }
    const hoisted = marks.hoistedFunctions.get(stmt);
    if (hoisted) for (const e of topLevelAssignments(stmt)) excused.add(e.left);
    const before = closures.length;
    visit(stmt, container, key, null, { state, closure: null, inFunction: false, excused, shadowed: new Set(), statement: root });
    if (hoisted) for (let i = before; i < closures.length; i++) (closures[i] as { hoisted: string | null }).hoisted = hoisted;
    applyMarks(stmt, state, null);
  };

  for (const block of graph.blocks) {
    const start = inState.get(block);
    if (!start) continue; // unreachable
    const state = start.copy();
    block.instrs.forEach((instr, i) => walkStatement(instr.node, block.instrs, i, state, instr.node));
    const term = block.term;
    if (!term) continue;
    const ctx: Context = { state, closure: null, inFunction: false, excused: new Set(), shadowed: new Set(), statement: null };
    switch (term.kind) {
      case "branch":
        visit(term.test, term, "test", null, ctx);
        break;
      case "return":
        if (term.argument) visit(term.argument, term, "argument", null, ctx);
        break;
      case "throw":
        visit(term.argument, term, "argument", null, ctx);
        break;
      case "suspend":
        visit(term.suspension.argument, term.suspension, "argument", null, ctx);
        break;
      case "goto":
        break;
      default: {
        const never: never = term;
        throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
      }
    }
  }

  // ---- which closures may run before a binding is initialised ------------------------------
  // unsafe(c, x): greatest fixpoint, starting from "every hoisted declaration is safe".
  const unsafe = new Map<Closure, Set<string>>();
  for (const c of closures) {
    const names = new Set<string>();
    for (const use of c.uses) {
      if (c.hoisted === null || reassigned.has(c.hoisted)) {
        if (!c.madeWith.has(use.local)) names.add(use.local);
      }
    }
    unsafe.set(c, names);
  }
  const hoistedClosures = closures.filter((c) => c.hoisted !== null && !reassigned.has(c.hoisted));
  const referencedBy = new Map<string, Closure[]>();
  for (const c of closures) {
    for (const f of c.references) {
      const list = referencedBy.get(f) ?? [];
      list.push(c);
      referencedBy.set(f, list);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of hoistedClosures) {
      const f = c.hoisted!;
      const mine = unsafe.get(c)!;
      for (const use of c.uses) {
        const x = use.local;
        if (mine.has(x) || c.madeWith.has(x)) continue;
        const early =
          (machineReferences.get(f) ?? []).some((s) => !s.has(x)) ||
          (referencedBy.get(f) ?? []).some((d) => unsafe.get(d)!.has(x));
        if (early) {
          mine.add(x);
          changed = true;
        }
      }
    }
  }
  for (const c of closures) {
    const bad = unsafe.get(c)!;
    for (const use of c.uses) if (bad.has(use.local)) unproven.push(use);
  }

  return { unproven, checked: new Set(unproven.map((u) => u.local)) };
}
