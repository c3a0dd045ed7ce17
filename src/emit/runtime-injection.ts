/**
 * Puts the runtime in reach of a file that had something lowered: inline (the runtime's ES5
 * source, once, at the top) or imported from `babel-plugin-slot-machine/runtime` (ESM import
 * or CommonJS require, following the file's module type).
 */
import { types as t, parseSync } from "@babel/core";
import type { NodePath } from "@babel/core";
import { runtimeSourceExpression } from "../runtime/index.js";

let cachedRuntime: t.Expression | null = null;

function runtimeExpression(): t.Expression {
  if (!cachedRuntime) {
    const file = parseSync(`(${runtimeSourceExpression()});`, { babelrc: false, configFile: false, sourceType: "script" });
    const stmt = file!.program.body[0] as t.ExpressionStatement;
    cachedRuntime = stmt.expression;
  }
  // Without locations: the runtime must not map into the user's file.
  return t.cloneNode(cachedRuntime, true, true);
}

export function injectRuntime(program: NodePath<t.Program>, name: string, mode: "inline" | "import"): void {
  const body = program.node.body;
  // After directives (which are in program.directives) and before everything else.
  let stmt: t.Statement;
  if (mode === "inline") {
    stmt = t.variableDeclaration("var", [t.variableDeclarator(t.identifier(name), runtimeExpression())]);
  } else if (program.node.sourceType === "module") {
    stmt = t.importDeclaration([t.importDefaultSpecifier(t.identifier(name))], t.stringLiteral("babel-plugin-slot-machine/runtime"));
  } else {
    stmt = t.variableDeclaration("var", [
      t.variableDeclarator(
        t.identifier(name),
        t.memberExpression(t.callExpression(t.identifier("require"), [t.stringLiteral("babel-plugin-slot-machine/runtime")]), t.identifier("default")),
      ),
    ]);
  }
  body.unshift(stmt);
}
