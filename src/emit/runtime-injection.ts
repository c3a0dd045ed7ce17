/**
 * Puts the runtime in reach of a file that had something lowered: inline (the runtime's ES5
 * source, once, at the top) or imported from `babel-plugin-slot-machine/runtime` (ESM import
 * or CommonJS require, following the file's module type).
 *
 * Invariant: every name the inline runtime reads from its surroundings (`Promise`, `Symbol`,
 * `Object`, …: the free identifiers of its text, found by parsing it) is the global: the file's
 * top-level bindings of those names are renamed (./global-names.ts). Lowered code
 * itself reads no global (it writes `void 0` for `undefined`, and asks the runtime for errors),
 * and the imported runtime reads them in its own module, whose scope declares none of them.
 */
import { types as t, parseSync, traverse } from "@babel/core";
import type { NodePath } from "@babel/core";
import { RUNTIME_HELPERS, runtimeSourceFor } from "../runtime/sections.js";
import { renameShadowingBindings } from "./global-names.js";

interface ParsedRuntime {
  expression: t.Expression;
  /** The names its text reads without declaring them: globals it expects to find. */
  globals: string[];
}

/** Parsed runtimes, by the set of helpers they carry. */
const cachedRuntimes = new Map<string, ParsedRuntime>();

export function parsedRuntime(helpers: string[]): ParsedRuntime {
  const key = helpers.join(",");
  let cached = cachedRuntimes.get(key);
  if (!cached) {
    const file = parseSync(`(${runtimeSourceFor(helpers)});`, {
      babelrc: false,
      configFile: false,
      sourceType: "script",
      // The runtime's comments explain it in its source; emitted copies go without them.
      parserOpts: { attachComment: false },
    })!;
    let globals: string[] = [];
    traverse(file, {
      Program(path) {
        // Babel's scope model counts `arguments` as free; in the runtime it is always a function's own.
        globals = Object.keys(path.scope.globals).filter((name) => name !== "arguments").sort();
        path.stop();
      },
    });
    cached = { expression: (file.program.body[0] as t.ExpressionStatement).expression, globals };
    cachedRuntimes.set(key, cached);
  }
  return cached;
}

export function injectRuntime(program: NodePath<t.Program>, name: string, mode: "inline" | "import", helpers: ReadonlySet<string>): void {
  const body = program.node.body;
  // After directives (which are in program.directives) and before everything else.
  let stmt: t.Statement;
  if (mode === "inline") {
    const runtime = parsedRuntime(RUNTIME_HELPERS.filter((h) => helpers.has(h)));
    renameShadowingBindings(program, runtime.globals);
    // Without locations: the runtime must not map into the user's file.
    stmt = t.variableDeclaration("var", [t.variableDeclarator(t.identifier(name), t.cloneNode(runtime.expression, true, true))]);
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
