/**
 * Puts the runtime in reach of a file that had something lowered: inline (the runtime's ES5
 * source, once, at the top) or imported from `babel-plugin-slot-machine/runtime` (ESM import
 * or CommonJS require, following the file's module type).
 */
import { types as t, parseSync } from "@babel/core";
import type { NodePath } from "@babel/core";
import { RUNTIME_HELPERS, runtimeSourceFor } from "../runtime/sections.js";

/** Parsed runtimes, by the set of helpers they carry. */
const cachedRuntimes = new Map<string, t.Expression>();

function runtimeExpression(helpers: string[]): t.Expression {
  const key = helpers.join(",");
  let cached = cachedRuntimes.get(key);
  if (!cached) {
    const file = parseSync(`(${runtimeSourceFor(helpers)});`, {
      babelrc: false,
      configFile: false,
      sourceType: "script",
      // The runtime's comments explain it in its source; emitted copies go without them.
      parserOpts: { attachComment: false },
    });
    cached = (file!.program.body[0] as t.ExpressionStatement).expression;
    cachedRuntimes.set(key, cached);
  }
  // Without locations: the runtime must not map into the user's file.
  return t.cloneNode(cached, true, true);
}

export function injectRuntime(program: NodePath<t.Program>, name: string, mode: "inline" | "import", helpers: ReadonlySet<string>): void {
  const body = program.node.body;
  // After directives (which are in program.directives) and before everything else.
  let stmt: t.Statement;
  if (mode === "inline") {
    stmt = t.variableDeclaration("var", [t.variableDeclarator(t.identifier(name), runtimeExpression(RUNTIME_HELPERS.filter((h) => helpers.has(h))))]);
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
