/**
 * Which locals a piece of AST reads and which it definitely writes, for liveness.
 *
 * Locals are matched by name: prepare made every local's name unique in the function, so a
 * name that is a local's name refers to that local unless a nested function or block binds
 * it again. Reads are over-approximated (any referencing occurrence counts, even shadowed
 * ones), which can only keep a value longer, never drop a live one. Writes are
 * under-approximated: only plain assignments at the top of a statement count, since a kill that
 * might not happen would be unsound.
 *
 * A statement's reads for liveness are its *exposed* reads (`exposedReadsOf`): those that may
 * see the value the local had when the statement began, not one the statement itself wrote
 * first (`r = f(), s = r.x` does not read the `r` it was given). See that function for how
 * it stays an over-approximation.
 */
import { types as t } from "@babel/core";
import type { Local } from "./types.js";
import { eachChild } from "./walk.js";

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

/**
 * The locals a statement may read before it has written them: `readsOf` minus the reads that
 * come, on every path, after a write of the same local inside the statement. It walks the
 * statement in evaluation order, carrying the locals written so far on every path:
 * - Locals written only ever accumulate while a statement runs, so a read counted against a
 *   smaller set than the one it really meets only counts too much. Hence: a branch, a loop
 *   body, a `catch` or `finally`, a case of a `switch` starts from the set at its entry, and
 *   what it writes counts after it only where every path writes it (both arms of an `if` or
 *   `?:`; the block and the handler of a `try`); a loop or a labelled statement adds
 *   nothing after itself (`break` or `continue` may skip any part of it).
 * - A nested function or class reads what it reads (through a hand-over call: see
 *   ./captures.ts) no earlier than where it is made, and a function declaration is made at
 *   the start of its block: their reads count there, against the set at that point.
 * - A name the statement binds itself (a `catch` parameter, a block's `let`, `const`, class or
 *   function) is never counted as written: a write to it may be to the inner binding.
 * - Anything not listed below counts all its reads against the set at its start and writes
 *   nothing.
 */
export function exposedReadsOf(node: t.Statement, locals: Locals): Set<Local> {
  const out = new Set<Local>();
  const inner = innerBindings(node);
  const readAll = (n: t.Node, written: ReadonlySet<Local>): void => {
    for (const l of readsOf(n, locals)) if (!written.has(l)) out.add(l);
  };
  const localOf = (n: t.Node): Local | undefined => (t.isIdentifier(n) ? locals.get(n.name) : undefined);
  const define = (n: t.Node, written: Set<Local>): void => {
    const local = localOf(n);
    if (local && !inner.has(local.name)) written.add(local);
  };
  /** Adds to `written` what every path through both arms wrote. */
  const meet = (written: Set<Local>, a: ReadonlySet<Local>, b: ReadonlySet<Local>): void => {
    for (const l of a) if (b.has(l)) written.add(l);
  };
  /** Two arms, each from the set at their entry; after them, what both wrote. */
  const eitherArm = (written: Set<Local>, first: (w: Set<Local>) => void, second: (w: Set<Local>) => void): void => {
    const a = new Set(written);
    const b = new Set(written);
    first(a);
    second(b);
    meet(written, a, b);
  };

  const expr = (n: t.Node, written: Set<Local>): void => {
    switch (n.type) {
      case "Identifier": {
        const local = locals.get(n.name);
        if (local && !written.has(local)) out.add(local);
        return;
      }
      case "SequenceExpression":
        for (const e of n.expressions) expr(e, written);
        return;
      case "ParenthesizedExpression":
        expr(n.expression, written);
        return;
      case "AssignmentExpression": {
        const left = n.left;
        const logical = n.operator === "&&=" || n.operator === "||=" || n.operator === "??=";
        if (t.isIdentifier(left)) {
          if (n.operator !== "=") expr(left, written);
          expr(n.right, logical ? new Set(written) : written);
          if (!logical) define(left, written);
          return;
        }
        if (t.isMemberExpression(left)) {
          member(left, written);
          expr(n.right, logical ? new Set(written) : written);
          return;
        }
        readAll(n, written);
        return;
      }
      case "MemberExpression":
        member(n, written);
        return;
      case "CallExpression":
      case "NewExpression":
        if (t.isMemberExpression(n.callee)) member(n.callee, written);
        else expr(n.callee, written);
        for (const a of n.arguments) expr(t.isSpreadElement(a) ? a.argument : a, written);
        return;
      case "BinaryExpression":
        if (t.isPrivateName(n.left)) readAll(n.left, written);
        else expr(n.left, written);
        expr(n.right, written);
        return;
      case "LogicalExpression":
        expr(n.left, written);
        expr(n.right, new Set(written));
        return;
      case "ConditionalExpression":
        expr(n.test, written);
        eitherArm(written, (w) => expr(n.consequent, w), (w) => expr(n.alternate, w));
        return;
      case "UnaryExpression":
        expr(n.argument, written);
        return;
      case "UpdateExpression":
        expr(n.argument, written);
        define(n.argument, written);
        return;
      case "ArrayExpression":
        for (const e of n.elements) if (e) expr(t.isSpreadElement(e) ? e.argument : e, written);
        return;
      case "ObjectExpression":
        for (const p of n.properties) {
          if (t.isSpreadElement(p)) expr(p.argument, written);
          else if (t.isObjectProperty(p)) {
            if (p.computed) expr(p.key, written);
            expr(p.value, written);
          } else readAll(p, written);
        }
        return;
      case "TemplateLiteral":
        for (const e of n.expressions) expr(e, written);
        return;
      case "StringLiteral":
      case "NumericLiteral":
      case "BooleanLiteral":
      case "NullLiteral":
      case "ThisExpression":
        return;
      default:
        readAll(n, written);
    }
  };
  const member = (n: t.MemberExpression, written: Set<Local>): void => {
    expr(n.object, written);
    if (n.computed) expr(n.property, written);
  };

  const statements = (list: readonly t.Statement[], written: Set<Local>): void => {
    // Function declarations are made when the block is entered.
    for (const s of list) if (t.isFunctionDeclaration(s)) readAll(s, written);
    for (const s of list) if (!t.isFunctionDeclaration(s)) stmt(s, written);
  };
  const stmt = (n: t.Statement, written: Set<Local>): void => {
    switch (n.type) {
      case "ExpressionStatement":
        expr(n.expression, written);
        return;
      case "BlockStatement":
        statements(n.body, written);
        return;
      case "VariableDeclaration":
        for (const d of n.declarations) {
          if (!t.isIdentifier(d.id)) {
            readAll(d, written);
          } else if (d.init) {
            expr(d.init, written);
            if (n.kind === "var") define(d.id, written);
          }
        }
        return;
      case "IfStatement":
        expr(n.test, written);
        eitherArm(written, (w) => stmt(n.consequent, w), (w) => n.alternate && stmt(n.alternate, w));
        return;
      case "ReturnStatement":
      case "ThrowStatement":
        if (n.argument) expr(n.argument, written);
        return;
      case "ForStatement":
        if (n.init) {
          if (t.isVariableDeclaration(n.init)) stmt(n.init, written);
          else expr(n.init, written);
        }
        if (n.test) expr(n.test, new Set(written));
        stmt(n.body, new Set(written));
        if (n.update) expr(n.update, new Set(written));
        return;
      case "WhileStatement":
      case "DoWhileStatement":
        expr(n.test, new Set(written));
        stmt(n.body, new Set(written));
        return;
      case "ForInStatement":
      case "ForOfStatement":
        expr(n.right, written);
        readAll(n.left, written);
        stmt(n.body, new Set(written));
        return;
      case "TryStatement": {
        const entry = new Set(written);
        stmt(n.block, written);
        if (n.handler) {
          const handled = new Set(entry);
          stmt(n.handler.body, handled);
          const tried = new Set(written);
          written.clear();
          for (const l of entry) written.add(l);
          meet(written, tried, handled);
        }
        if (n.finalizer) {
          const finished = new Set(entry);
          stmt(n.finalizer, finished);
          for (const l of finished) written.add(l);
        }
        return;
      }
      case "LabeledStatement":
        stmt(n.body, new Set(written));
        return;
      case "SwitchStatement": {
        expr(n.discriminant, written);
        for (const c of n.cases) for (const s of c.consequent) if (t.isFunctionDeclaration(s)) readAll(s, written);
        for (const c of n.cases) {
          if (c.test) expr(c.test, new Set(written));
          const body = new Set(written);
          for (const s of c.consequent) if (!t.isFunctionDeclaration(s)) stmt(s, body);
        }
        return;
      }
      case "EmptyStatement":
      case "BreakStatement":
      case "ContinueStatement":
      case "DebuggerStatement":
        return;
      default:
        readAll(n, written);
    }
  };
  stmt(node, new Set());
  return out;
}

/** Names a statement binds inside itself (outside nested functions): see exposedReadsOf. */
function innerBindings(node: t.Node): Set<string> {
  const names = new Set<string>();
  const add = (n: t.Node | null | undefined) => {
    if (n) for (const name of Object.keys(t.getBindingIdentifiers(n))) names.add(name);
  };
  const visit = (n: t.Node): void => {
    if (t.isVariableDeclaration(n) && n.kind !== "var") for (const d of n.declarations) add(d.id);
    else if (t.isCatchClause(n)) add(n.param);
    else if ((t.isFunctionDeclaration(n) || t.isClassDeclaration(n)) && n.id) add(n.id);
    if (t.isFunction(n)) return;
    eachChild(n, visit);
  };
  visit(node);
  return names;
}
