/**
 * Generator and async function declarations in a block of sloppy code stay block-scoped.
 *
 * Annex B.3.3 makes a *plain* function declared in a sloppy block (or switch case) also a `var`
 * of the enclosing function or script; it never applies to generator, async or async generator
 * declarations. Lowering turns those into plain function declarations, which the engine would
 * then hoist. Annex B hoists a name only when a `var` of it could stand in the block, so a
 * lexical binding of the same name in an enclosing block stops it:
 *
 *   { function* g() {} }            →  { let g; { function* g() {} } }
 *   switch (d) { case 1: async function f() {} }
 *                                   →  { let f; switch (d) { … } }
 *
 * The guard binding is never read: everything that referred to the declaration is inside the
 * inner block or switch, which binds the name itself. The one thing evaluated in the wrapper and
 * outside the switch's scope is its discriminant; when it mentions a guarded name it is
 * evaluated first, outside the guard: `{ const _d = d; { let f; switch (_d) { … } } }`.
 *
 * Runs once per file before anything is lowered (so an enclosing lowered function sees the
 * guarded structure, and every later lowering of the declaration is covered). Strict code is
 * left alone: Annex B does not hoist there. A plain walk first looks for a declaration that
 * could need a guard (most files have none, and all of a module is strict); only then does the
 * Babel traversal, which decides with paths, run.
 */
import { types as t } from "@babel/core";
import type { NodePath } from "@babel/core";

type Container = NodePath<t.BlockStatement> | NodePath<t.SwitchStatement>;

export function keepBlockDeclarationsScoped(program: NodePath<t.Program>): void {
  if (!mayDeclareInSloppyBlock(program.node)) return;
  const names = new Map<Container, Set<string>>();
  program.traverse({
    FunctionDeclaration(p) {
      const node = p.node;
      if (!(node.generator || node.async) || !node.id || p.isInStrictMode()) return;
      const parent = p.parentPath;
      let container: Container | null = null;
      if (parent.isBlockStatement() && !parent.parentPath.isFunction() && !parent.parentPath.isStaticBlock()) container = parent;
      else if (parent.isSwitchCase() && parent.parentPath.isSwitchStatement()) container = parent.parentPath;
      if (!container) return;
      const set = names.get(container) ?? new Set<string>();
      set.add(node.id.name);
      names.set(container, set);
    },
  });
  if (names.size === 0) return;
  for (const [container, declared] of names) {
    const guard = t.variableDeclaration("let", [...declared].map((name) => t.variableDeclarator(t.identifier(name))));
    if (container.isBlockStatement()) {
      // In place: the block node stays where it is (a loop body, a labelled block, …).
      const inner = t.blockStatement(container.node.body, container.node.directives);
      container.node.body = [guard, inner];
      container.node.directives = [];
      continue;
    }
    const sw = container.node as t.SwitchStatement;
    if (mentionsAny(sw.discriminant, declared)) {
      const discriminant = container.scope.generateUidIdentifier("discriminant");
      const evaluated = t.variableDeclaration("const", [t.variableDeclarator(discriminant, sw.discriminant)]);
      sw.discriminant = t.cloneNode(discriminant);
      container.replaceWith(t.blockStatement([evaluated, t.blockStatement([guard, sw])]));
    } else {
      container.replaceWith(t.blockStatement([guard, sw]));
    }
  }
  program.scope.crawl();
}

/** Whether `node` contains an identifier of one of `names` (conservative: any identifier). */
function mentionsAny(node: t.Node, names: Set<string>): boolean {
  let found = false;
  t.traverseFast(node, (n) => {
    if (t.isIdentifier(n) && names.has(n.name)) found = true;
  });
  return found;
}

/**
 * Whether a generator or async function declaration stands in a block (not a function body or
 * static block) or a switch case, in code that may be sloppy. Conservative: strictness is
 * Babel's `isInStrictMode` (a module, a class, a "use strict" function or script), and a
 * `true` only means the traversal above looks.
 */
function mayDeclareInSloppyBlock(program: t.Program): boolean {
  if (program.sourceType === "module" || hasUseStrict(program.directives)) return false;
  const visit = (node: t.Node, parent: t.Node, grandparent: t.Node | null): boolean => {
    if (t.isClass(node)) return false;
    if (t.isFunctionDeclaration(node) && (node.generator || node.async) && node.id) {
      if (t.isSwitchCase(parent)) return true;
      if (t.isBlockStatement(parent) && !t.isFunction(grandparent) && !t.isStaticBlock(grandparent)) return true;
    }
    if (t.isFunction(node) && t.isBlockStatement(node.body) && hasUseStrict(node.body.directives)) return false;
    const keys = t.VISITOR_KEYS[node.type];
    if (!keys) return false;
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c !== null && typeof c === "object" && visit(c as t.Node, node, parent)) return true;
      } else if (child !== null && typeof child === "object" && visit(child as t.Node, node, parent)) {
        return true;
      }
    }
    return false;
  };
  return program.body.some((statement) => visit(statement, program, null));
}

function hasUseStrict(directives: readonly t.Directive[]): boolean {
  return directives.some((directive) => directive.value.value === "use strict");
}
