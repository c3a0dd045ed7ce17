/**
 * Keeps the globals the inline runtime reads within its reach. The runtime sits at the top of
 * the file, so a top-level binding of the file named like one of them (`var Symbol =
 * shim.Symbol`, `import Promise from "bluebird"`, `let Object = …`, `function TypeError() {}`)
 * is what it would read instead: in a module, or a CommonJS file, a `var` is still undefined
 * when the runtime loads, a `let`/`const`/`class` is in its TDZ, a function is the user's.
 * Such bindings are renamed (Babel's Scope#rename, as Babel does for the globals its own
 * helpers read), and the functions and classes they hold keep the `name` they had.
 *
 * What renaming changes, and only for these names: in a classic browser script a top-level
 * `var` or function no longer defines that global for other scripts (README, Differences).
 */
import { types as t } from "@babel/core";
import type { NodePath } from "@babel/core";

export function renameShadowingBindings(program: NodePath<t.Program>, globals: readonly string[]): void {
  const hoisted: t.Statement[] = [];
  for (const name of globals) {
    const binding = program.scope.getOwnBinding(name);
    if (!binding) continue;
    const declared = binding.path.node;
    program.scope.rename(name);
    const newName = binding.identifier.name;
    // An exported declaration was taken out of its export by the renaming (`export function X`
    // became `function _X` and `export { _X as X }`): it is found again among the statements.
    const statement = program.get("body").find((p) => p.node === declared);
    const path = statement ?? binding.path;
    if (path.isFunctionDeclaration() && path.parentPath.isProgram()) {
      // `function _X() {}` would be named "_X": a named expression keeps "X", assigned first
      // thing, where the declaration's function was made.
      const node = path.node;
      const expression = t.functionExpression(t.identifier(name), node.params, node.body, node.generator, node.async);
      hoisted.push(t.variableDeclaration("var", [t.variableDeclarator(t.identifier(newName), expression)]));
      path.remove();
    } else if (path.isClassDeclaration() && path.parentPath.isProgram()) {
      const node = path.node;
      const expression = t.classExpression(t.identifier(name), node.superClass, node.body, node.decorators);
      path.replaceWith(t.variableDeclaration("let", [t.variableDeclarator(t.identifier(newName), expression)]));
    } else if (path.isVariableDeclarator() && t.isIdentifier(path.node.id) && path.node.init && isAnonymousFunction(path.node.init)) {
      // `var X = function () {}` infers "X" from the binding: from a property of that name
      // the function still gets it.
      path.node.init = t.memberExpression(t.objectExpression([t.objectProperty(t.stringLiteral(name), path.node.init)]), t.stringLiteral(name), true);
    }
  }
  program.node.body.unshift(...hoisted);
}

function isAnonymousFunction(node: t.Expression): boolean {
  return ((t.isFunctionExpression(node) || t.isClassExpression(node)) && !node.id) || t.isArrowFunctionExpression(node);
}
