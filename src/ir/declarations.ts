/**
 * Declarations: `let`/`const`/`var`/class declarations of locals become assignments, function
 * declarations are hoisted (Annex B block functions of sloppy code written out), and
 * destructuring targets are rewritten onto the locals, so the builder sees no declarations.
 */
import { types as t } from "@babel/core";
import type { NodePath, Scope } from "@babel/core";
import { replaceChildren, subtreesWithout } from "./walk.js";
import type { NativeNames } from "./names.js";
import { TdzMarks } from "./tdz-marks.js";
import { assignment as assign, cellOf } from "./ast.js";
import type { Binding, FnPath, PreparedLocal } from "./prepare-types.js";
import { isStrict, renameBinding } from "./bindings.js";

/**
 * Annex B.3.3: in sloppy code, a plain function declared in a block (or switch case) is also a
 * `var` of the function, which gets the block binding's value when the declaration is
 * evaluated, unless such a `var` would clash with a parameter or with a lexical declaration
 * of the name in the function or an enclosing block. Natively the engine does this, but a
 * lowered body is spread over step-function calls (a non-decomposed block's copy would land in
 * the step function's own scope, lost at the next resume) and a decomposed block's function
 * becomes a renamed local. So it is written out before the analysis: the function-level `var`
 * (added if missing) gets a fresh name, the block binding keeps the source name, and
 * `alias = f;` stands where the declaration was evaluated. Returns alias → source name, for
 * the names a renamed function-level declaration must keep.
 *
 * A block function that must not be hoisted because a parameter or a function-level `let`,
 * `const` or class has its name would still be hoisted by the step function (sloppy too, where
 * that binding is a plain `var`) if its block stays native, overwriting the local: such
 * bindings are returned in `clashingNames`, to be renamed.
 */
export function hoistSloppyBlockFunctions(fn: FnPath): { sourceNames: Map<string, string>; clashingNames: Set<string> } {
  const sourceNames = new Map<string, string>();
  const clashingNames = new Set<string>();
  if (isStrict(fn)) return { sourceNames, clashingNames };
  const fnScope = fn.scope;
  const paramNames = new Set(fn.node.params.flatMap((p) => Object.keys(t.getBindingIdentifiers(p))));
  const byName = new Map<string, NodePath<t.FunctionDeclaration>[]>();
  fn.get("body").traverse({
    Function(p) {
      p.skip();
      if (!p.isFunctionDeclaration() || p.node.generator || p.node.async || !p.node.id) return;
      const container = p.parentPath;
      const inBlock = (container.isBlockStatement() && !container.parentPath.isFunction()) || container.isSwitchCase();
      const name = p.node.id.name;
      if (!inBlock) return;
      if (paramNames.has(name) || name === "arguments" || !varAllowed(container.scope, name, fnScope)) {
        const atFunctionLevel = fnScope.getOwnBinding(name);
        if (atFunctionLevel && atFunctionLevel.kind !== "var" && atFunctionLevel.kind !== "hoisted") clashingNames.add(name);
        return;
      }
      byName.set(name, [...(byName.get(name) ?? []), p]);
    },
  });
  if (byName.size === 0) return { sourceNames, clashingNames };
  const body = fn.get("body") as NodePath<t.BlockStatement>;
  let added = false;
  for (const name of byName.keys()) {
    const existing = fnScope.getOwnBinding(name);
    if (existing && existing.kind !== "local") continue;
    body.unshiftContainer("body", t.variableDeclaration("var", [t.variableDeclarator(t.identifier(name))]));
    added = true;
  }
  if (added) fnScope.crawl();
  for (const [name, declarations] of byName) {
    const alias = fnScope.generateUid(name);
    renameBinding(fnScope, fnScope.getOwnBinding(name)!, name, alias);
    sourceNames.set(alias, name);
    for (const declaration of declarations) {
      declaration.insertAfter(t.expressionStatement(t.assignmentExpression("=", t.identifier(alias), t.identifier(name))));
    }
  }
  fnScope.crawl();
  return { sourceNames, clashingNames };
}

/** Whether `var name` could stand in `blockScope` (Annex B's condition, parameters aside). */
export function varAllowed(blockScope: Scope, name: string, fnScope: Scope): boolean {
  for (let s: Scope | null | undefined = blockScope.parent; s; s = s.parent) {
    const binding = s.getOwnBinding(name);
    if (binding && s === fnScope) return binding.kind === "var" || binding.kind === "hoisted" || binding.kind === "local";
    // A simple catch parameter may share a `var`'s name (B.3.4); any other binding of an
    // enclosing block is lexical (let, const, class, a block's own function).
    if (binding && !(t.isCatchClause(s.block) && binding.path.isCatchClause() && t.isIdentifier(s.block.param))) return false;
    if (s === fnScope) return true;
  }
  return true;
}

/**
 * Turns declarations of locals into assignments. A `let`/`const` that is a cell gets a fresh
 * cell at its declaration; a `let` without initializer is reset to undefined (a loop body's
 * `let x;` starts undefined on every iteration).
 */
export function rewriteDeclarations(
  fn: FnPath,
  localsByName: Map<string, PreparedLocal>,
  entryCells: Set<string>,
  localBindings: Set<Binding>,
  tdz: TdzMarks,
  nativeNames: NativeNames,
): void {
  const isLocal = (p: NodePath, name: string) => {
    const b = p.scope.getBinding(name);
    return b !== undefined && localBindings.has(b);
  };
  const cellTarget = (name: string) => t.memberExpression(t.identifier(name), t.identifier("v"));
  // (A nested function's declarations are its own.)
  const withoutDeclarations = subtreesWithout(fn.node, (n) => t.isVariableDeclaration(n) || t.isClassDeclaration(n), (n) => !t.isFunction(n));
  if (withoutDeclarations === null) return;
  fn.traverse({
    // The traversal enters only what holds a declaration (the rewrite's replacements hold none).
    enter(p) {
      if (withoutDeclarations.has(p.node)) p.skip();
    },
    Function(p) {
      p.skip();
    },
    ClassDeclaration(p) {
      const id = p.node.id;
      if (!id || !localsByName.has(id.name) || !isLocal(p.parentPath!, id.name)) return;
      const local = localsByName.get(id.name)!;
      // The class keeps its source name (its `.name`, and the inner binding its body sees).
      const expr = t.classExpression(t.identifier(local.displayName), p.node.superClass, p.node.body, p.node.decorators);
      if (local.name !== local.displayName) referToInnerName(expr, local.name, local.displayName);
      const stmt = entryCells.has(local.name)
        ? assign(cellTarget(local.name), expr)
        : assign(t.identifier(local.name), local.cell ? cellOf(expr) : expr);
      stmt.loc = p.node.loc;
      if (tdz.candidates.has(local.name)) tdz.declarations.set(stmt, new Set([local.name]));
      p.replaceWith(stmt);
    },
    VariableDeclaration(p) {
      const decl = p.node;
      const ours = decl.declarations.some((d) =>
        Object.keys(t.getBindingIdentifiers(d.id)).some((n) => localsByName.has(n) && isLocal(p, n)),
      );
      if (!ours) return;
      const parent = p.parentPath;
      const exprs: t.Expression[] = [];
      // Which names each expression declares (for the TDZ pass); cell creations declare none.
      const declares = new Map<t.Expression, Set<string>>();
      for (const d of decl.declarations) {
        const before = exprs.length;
        if (t.isIdentifier(d.id)) {
          const local = localsByName.get(d.id.name)!;
          if (local.cell && entryCells.has(local.name)) {
            exprs.push(t.assignmentExpression("=", cellTarget(d.id.name), d.init ?? t.buildUndefinedNode()));
          } else if (local.cell && decl.kind !== "var") {
            exprs.push(t.assignmentExpression("=", t.identifier(d.id.name), cellOf(d.init ?? t.buildUndefinedNode())));
          } else if (local.cell) {
            if (d.init) exprs.push(t.assignmentExpression("=", t.memberExpression(t.identifier(d.id.name), t.identifier("v")), d.init));
          } else if (d.init) {
            exprs.push(t.assignmentExpression("=", t.identifier(d.id.name), d.init));
          } else if (decl.kind !== "var") {
            exprs.push(t.assignmentExpression("=", t.identifier(d.id.name), t.buildUndefinedNode()));
          }
        } else {
          // A destructuring declaration: cells among its names are created first, then filled.
          const names = Object.keys(t.getBindingIdentifiers(d.id));
          for (const n of names) {
            const local = localsByName.get(n);
            if (local?.cell && decl.kind !== "var" && !entryCells.has(n)) {
              exprs.push(t.assignmentExpression("=", t.identifier(n), cellOf(t.buildUndefinedNode())));
            }
          }
          const pattern = toAssignmentPattern(d.id, localsByName, nativeNames);
          if (d.init) exprs.push(t.assignmentExpression("=", pattern, d.init));
        }
        const names = Object.keys(t.getBindingIdentifiers(d.id)).filter((n) => tdz.candidates.has(n));
        if (names.length > 0 && exprs.length > before) declares.set(exprs[exprs.length - 1]!, new Set(names));
      }
      // A decomposed loop's `let`/`const` head is the builder's: it creates per-iteration cells.
      if (decl.kind !== "var" && ((parent.isForXStatement() && parent.node.left === decl) || (parent.isForStatement() && parent.node.init === decl))) return;
      // The traversal meets each replacement again: it holds no declaration of the function's
      // (an initializer's are in nested functions), so it is skipped, not searched (which would
      // also build and crawl a scope for every function inside it, done again once it moves).
      if (parent.isForXStatement() && parent.node.left === decl) {
        const d = decl.declarations[0]!;
        const pattern = toAssignmentPattern(d.id, localsByName, nativeNames) as t.LVal;
        withoutDeclarations.add(pattern);
        p.replaceWith(pattern);
        return;
      }
      if (parent.isForStatement() && parent.node.init === decl) {
        const init = exprs.length === 0 ? t.buildUndefinedNode() : exprs.length === 1 ? exprs[0]! : t.sequenceExpression(exprs);
        withoutDeclarations.add(init);
        p.replaceWith(init);
        return;
      }
      const stmts = exprs.map((e) => {
        const s = t.expressionStatement(e);
        s.loc = decl.loc;
        const names = declares.get(e);
        if (names) tdz.declarations.set(s, names);
        withoutDeclarations.add(s);
        return s;
      });
      if (stmts.length === 0) p.remove();
      else if (stmts.length === 1) p.replaceWith(stmts[0]!);
      else p.replaceWithMultiple(stmts);
    },
  });
}

/**
 * Inside a class, its name is the class's own immutable binding, not the local the declaration
 * fills: the renaming (and the cell rewrite, `_C.v`) made references in the class's heritage
 * and body refer to the local; they are given back to the inner binding. (`_C` is a fresh
 * name, so every use of it inside the class is one of these.)
 */
export function referToInnerName(cls: t.ClassExpression, local: string, inner: string): void {
  const rename = (n: t.Node): t.Node => {
    if (t.isIdentifier(n, { name: local })) return t.identifier(inner);
    if (t.isMemberExpression(n) && !n.computed && t.isIdentifier(n.object, { name: local }) && t.isIdentifier(n.property, { name: "v" })) {
      return t.identifier(inner);
    }
    replaceChildren(n, rename);
    return n;
  };
  if (cls.superClass) cls.superClass = rename(cls.superClass) as t.Expression;
  replaceChildren(cls.body, rename);
}

export function toAssignmentPattern(id: t.LVal | t.VoidPattern, localsByName: Map<string, PreparedLocal>, nativeNames: NativeNames): t.LVal {
  const cloned = t.cloneNode(id as t.LVal, true);
  nativeNames.copy(id, cloned);
  const fix = (node: t.Node): t.Node => {
    if (t.isIdentifier(node)) {
      const local = localsByName.get(node.name);
      return local?.cell ? t.memberExpression(t.identifier(node.name), t.identifier("v")) : node;
    }
    if (t.isObjectPattern(node)) {
      node.properties = node.properties.map((p) => {
        if (t.isRestElement(p)) {
          p.argument = fix(p.argument) as t.LVal;
          return p;
        }
        if (p.shorthand && t.isIdentifier(p.value) && localsByName.get(p.value.name)?.cell) p.shorthand = false;
        p.value = fix(p.value) as t.PatternLike;
        return p;
      }) as t.ObjectPattern["properties"];
      return node;
    }
    if (t.isArrayPattern(node)) {
      node.elements = node.elements.map((e) => (e ? (fix(e) as t.PatternLike) : e));
      return node;
    }
    if (t.isAssignmentPattern(node)) {
      node.left = fix(node.left) as t.AssignmentPattern["left"];
      return node;
    }
    if (t.isRestElement(node)) {
      node.argument = fix(node.argument) as t.LVal;
      return node;
    }
    return node;
  };
  return fix(cloned) as t.LVal;
}
