/**
 * Helpers on bindings, patterns and function boundaries that several of prepare's passes use
 * (./renaming.ts, ./captures.ts, ./declarations.ts, ./environment.ts).
 */
import { types as t } from "@babel/core";
import type { NodePath, Scope } from "@babel/core";
import type { Binding, FnPath } from "./prepare-types.js";

/** A method that can have a computed key (evaluated by the code around its object or class). */
export function isMethodNode(n: t.Node): n is t.ObjectMethod | t.ClassMethod {
  return t.isObjectMethod(n) || t.isClassMethod(n);
}

/**
 * For a traversal of what a lowered function itself evaluates (its `this`, `arguments`,
 * `super`): a nested function's own code is skipped, except an arrow's (which shares them) and
 * a method's computed key (evaluated by the code around the object or class). (`skipKey` on the
 * method, since flags set on a child path are reset when the traversal reaches it.)
 */
export function skipNestedFunction(p: NodePath<t.Function>): void {
  if (p.isArrowFunctionExpression()) return;
  if (isMethodNode(p.node) && p.node.computed) {
    for (const key of ["params", "body", "returnType", "typeParameters"]) p.skipKey(key);
    return;
  }
  p.skip();
}

const NESTED_FUNCTION_OWN_KEYS = new Set(["params", "body", "returnType", "typeParameters"]);

/**
 * The same boundary for a plain walk: whether `found` holds for some node under `root` that
 * the function itself evaluates (a traversal with `skipNestedFunction` would visit it). Much
 * cheaper than a traversal, so a pass can look before it traverses.
 */
export function someOwnNode(root: t.Node, found: (node: t.Node) => boolean): boolean {
  const visit = (node: t.Node): boolean => {
    if (found(node)) return true;
    let keys: readonly string[] = t.VISITOR_KEYS[node.type] ?? [];
    if (node !== root && t.isFunction(node) && !t.isArrowFunctionExpression(node)) {
      if (!(isMethodNode(node) && node.computed)) return false;
      keys = keys.filter((key) => !NESTED_FUNCTION_OWN_KEYS.has(key));
    }
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c !== null && typeof c === "object" && visit(c as t.Node)) return true;
      } else if (child !== null && typeof child === "object" && visit(child as t.Node)) {
        return true;
      }
    }
    return false;
  };
  return visit(root);
}

/**
 * True for an identifier that an assignment, update or for-in/of head writes (sloppy code may
 * assign to `arguments`), directly or inside a destructuring pattern.
 */
export function isAssignedTo(id: NodePath<t.Identifier>): boolean {
  let child: NodePath = id;
  let parent: NodePath | null = id.parentPath;
  while (parent) {
    if (parent.isAssignmentExpression()) return parent.node.left === child.node;
    if (parent.isUpdateExpression()) return parent.node.argument === child.node;
    if (parent.isForXStatement()) return parent.node.left === child.node;
    const inPattern =
      parent.isArrayPattern() || parent.isRestElement() ||
      (parent.isAssignmentPattern() && parent.node.left === child.node) ||
      (parent.isObjectProperty() && parent.node.value === child.node && parent.parentPath.isObjectPattern()) ||
      parent.isObjectPattern();
    if (!inPattern) return false;
    child = parent;
    parent = parent.parentPath;
  }
  return false;
}

export function replaceInPattern(node: t.Node, name: string, member: () => t.MemberExpression): t.Node {
  if (t.isIdentifier(node)) return node.name === name ? member() : node;
  if (t.isObjectPattern(node)) {
    for (const p of node.properties) {
      if (t.isRestElement(p)) p.argument = replaceInPattern(p.argument, name, member) as t.LVal;
      else {
        const value = replaceInPattern(p.value, name, member) as t.PatternLike;
        if (value !== p.value) p.shorthand = false;
        p.value = value;
      }
    }
  } else if (t.isArrayPattern(node)) {
    node.elements = node.elements.map((e) => (e ? (replaceInPattern(e, name, member) as t.PatternLike) : e));
  } else if (t.isAssignmentPattern(node)) {
    node.left = replaceInPattern(node.left, name, member) as t.AssignmentPattern["left"];
  } else if (t.isRestElement(node)) {
    node.argument = replaceInPattern(node.argument, name, member) as t.LVal;
  }
  return node;
}

/**
 * In sloppy mode a function with simple parameters has a *mapped* `arguments`: `a` and
 * `arguments[0]` are one variable. When such a function uses `arguments`, its parameters are
 * rewritten to read and write the (real, mapped) arguments object the wrapper received, so the
 * two stay one across suspensions. Returns the name of the local holding that object, or null.
 */
export function isStrict(fn: FnPath): boolean {
  const useStrict = (d: t.Directive) => d.value.value === "use strict";
  for (let p: NodePath | null = fn; p; p = p.parentPath) {
    const n = p.node;
    if (t.isClass(n)) return true;
    if (t.isFunction(n) && t.isBlockStatement(n.body) && n.body.directives.some(useStrict)) return true;
    if (t.isProgram(n)) return n.sourceType === "module" || n.directives.some(useStrict);
  }
  return false;
}

/**
 * Renames a binding through the references and writes Babel already recorded for it, instead
 * of `scope.rename`, which walks the whole scope once per renamed binding (the largest cost of
 * lowering functions with many block-scoped locals). Classes keep `scope.rename`: their inner
 * name binding shares the declaration's identifier.
 */
export function renameBinding(scope: Scope, binding: Binding, oldName: string, newName: string): void {
  if (binding.path.isClassDeclaration() || binding.path.isClassExpression()) {
    scope.rename(oldName, newName);
    return;
  }
  const renameIn = (node: t.Node | null | undefined) => {
    if (!node) return;
    const ids = t.getBindingIdentifiers(node, true) as Record<string, t.Identifier[]>;
    for (const id of ids[oldName] ?? []) id.name = newName;
  };
  binding.identifier.name = newName;
  for (const ref of binding.referencePaths) {
    const node = ref.node;
    if (!t.isIdentifier(node) || node.name !== oldName) continue;
    const parent = ref.parent;
    // `{ x }` keeps its key: it becomes `{ x: newName }`.
    if (t.isObjectProperty(parent) && parent.shorthand && parent.value === node) {
      parent.shorthand = false;
      parent.key = t.identifier(oldName);
    }
    node.name = newName;
  }
  for (const write of binding.constantViolations) {
    const node = write.node;
    if (t.isAssignmentExpression(node)) renameIn(node.left);
    else if (t.isUpdateExpression(node)) renameIn(node.argument);
    else if (t.isForInStatement(node) || t.isForOfStatement(node)) renameIn(node.left);
    else if (t.isVariableDeclarator(node)) renameIn(node.id);
    else if (t.isFunctionDeclaration(node) || t.isClassDeclaration(node)) renameIn(node.id);
    else if (t.isCatchClause(node)) renameIn(node.param);
    else renameIn(node);
  }
  // Patterns of the declaration itself (a destructured `let` has several names).
  if (binding.path.isVariableDeclarator()) renameIn(binding.path.node.id);
  if (binding.path.isCatchClause()) renameIn(binding.path.node.param);
  delete scope.bindings[oldName];
  scope.bindings[newName] = binding;
}

/**
 * Makes every write to `name` among `writes` (a binding's constant violations: assignments,
 * updates, for-in/of heads; declarations are left alone) write `member()` instead.
 */
export function redirectWrites(writes: readonly NodePath[], name: string, member: () => t.MemberExpression): void {
  for (const write of writes) {
    const node = write.node;
    if (t.isAssignmentExpression(node)) node.left = replaceInPattern(node.left, name, member) as t.AssignmentExpression["left"];
    else if (t.isUpdateExpression(node) && t.isIdentifier(node.argument, { name })) node.argument = member();
    else if ((t.isForInStatement(node) || t.isForOfStatement(node)) && !t.isVariableDeclaration(node.left)) {
      node.left = replaceInPattern(node.left, name, member) as t.ForInStatement["left"];
    }
  }
}
