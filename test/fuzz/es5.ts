/**
 * Validates the fuzzer's own ES5-mode output: an ES5-mode program may use ES5 syntax plus
 * generator and async function syntax (`function*`, `async function`, `yield`, `yield*`,
 * `await`, `for await`) and nothing else. This is the premise of the ES5 check in check.ts
 * (anything newer than ES5 in the lowered output must come from the lowering), so the
 * fuzzer's self-test verifies it on generated programs instead of trusting the printer.
 *
 * Invariant: the walk is over acorn's ESTree, checking node types and the few flags that
 * mark post-ES5 syntax on otherwise-ES5 node types (`let`/`const`, computed or shorthand
 * properties, optional catch binding, `??`, `**`).
 */
import * as acorn from "acorn";

const FORBIDDEN_TYPES = new Set([
  "ArrowFunctionExpression",
  "TemplateLiteral",
  "TaggedTemplateExpression",
  "ArrayPattern",
  "ObjectPattern",
  "AssignmentPattern",
  "RestElement",
  "SpreadElement",
  "ClassDeclaration",
  "ClassExpression",
  "ImportExpression",
  "ChainExpression",
  "MetaProperty",
]);

export function es5InputProblems(code: string): string[] {
  const problems: string[] = [];
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script", locations: true });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const n = node as Record<string, unknown> & { type?: unknown; loc?: acorn.SourceLocation };
    if (typeof n.type === "string") {
      const where = n.loc ? `${n.loc.start.line}:${n.loc.start.column}` : "?";
      const bad = (what: string): void => {
        problems.push(`${where} ${what}`);
      };
      if (FORBIDDEN_TYPES.has(n.type)) bad(n.type);
      if (n.type === "VariableDeclaration" && n.kind !== "var") bad(`${String(n.kind)} declaration`);
      if (n.type === "ForOfStatement" && n.await !== true) bad("for-of");
      if (n.type === "Property" && (n.computed === true || n.shorthand === true || n.method === true)) bad("ES2015 property form");
      if (n.type === "CatchClause" && n.param === null) bad("optional catch binding");
      if (n.type === "LogicalExpression" && n.operator === "??") bad("??");
      if ((n.type === "BinaryExpression" || n.type === "AssignmentExpression") && String(n.operator).includes("**")) bad("**");
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== "loc" && typeof value === "object") visit(value);
    }
  };
  visit(ast);
  return problems;
}
