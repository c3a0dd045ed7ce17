/**
 * Rules of the source tree that no compiler checks: no import cycles in `src/` (type-only
 * imports included: a cycle of types is still two modules that cannot be read apart).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "./harness/root.js";

const src = path.join(packageRoot(), "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The modules of `src/` each module imports (relative specifiers, `.js` → `.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, "utf8");
    const deps: string[] = [];
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+"(\.{1,2}\/[^"]+)"/gms)) {
      deps.push(path.resolve(path.dirname(file), match[1]!.replace(/\.js$/, ".ts")));
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as the list of modules along it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, stack: string[]): void => {
    for (const next of graph.get(node) ?? []) {
      const at = stack.indexOf(next);
      if (at >= 0) found.push([...stack.slice(at), next]);
      else if (!done.has(next)) walk(next, [...stack, next]);
    }
    done.add(node);
  };
  for (const node of graph.keys()) if (!done.has(node)) walk(node, [node]);
  return found;
}

describe("architecture", function () {
  it("src/ has no import cycles", function () {
    const graph = importGraph();
    assert.ok(graph.size > 20, "the walk found the source files");
    const found = cycles(graph).map((c) => c.map((f) => path.relative(src, f)).join(" → "));
    assert.deepEqual(found, []);
  });

  it("the cycle check sees a cycle", function () {
    const graph = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    assert.deepEqual(cycles(graph), [["a", "b", "c", "a"]]);
  });
});
