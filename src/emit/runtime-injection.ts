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
  /** Without locations (the runtime must not map into the user's file); copied per file by `copyOf`. */
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
    // Babel's clone without locations, once: it keeps exactly the node's fields, which
    // `copyOf` then copies for every file as they are.
    const expression = t.cloneNode((file.program.body[0] as t.ExpressionStatement).expression, true, true);
    cached = { expression, globals };
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
    stmt = t.variableDeclaration("var", [t.variableDeclarator(t.identifier(name), copyOf(runtime.expression))]);
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

/**
 * A deep copy of a node made by `t.cloneNode` (every file gets its own runtime nodes, which
 * later plugins may change): the same fields, child nodes copied, `extra` copied one level
 * deep, other values shared, as `t.cloneNode` does. Each node is copied with a spread, which
 * keeps the original's shape (and is far cheaper than adding its fields one by one): the
 * runtime is a tree of thousands of nodes, copied once per file.
 */
function copyOf<T extends t.Node>(node: T): T {
  const copy = { ...node };
  const fields = copy as unknown as Record<string, unknown>;
  const keys = t.VISITOR_KEYS[node.type];
  if (keys) {
    for (const key of keys) {
      const value = fields[key];
      if (Array.isArray(value)) fields[key] = value.map((item: unknown) => (isNode(item) ? copyOf(item) : item));
      else if (isNode(value)) fields[key] = copyOf(value);
    }
  }
  if (copy.extra) copy.extra = { ...copy.extra };
  return copy;
}

function isNode(value: unknown): value is t.Node {
  return value !== null && typeof value === "object" && typeof (value as { type?: unknown }).type === "string";
}
