/**
 * The inline runtime carries only the sections a file uses: each helper alone yields an ES5
 * runtime that has it; a file with only async functions carries no generator machinery; and
 * the `import` entry has every helper.
 */
import assert from "node:assert/strict";
import * as acorn from "acorn";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./harness/root.js";
import { parseSync, transformSync, traverse } from "@babel/core";
import { parsedRuntime } from "../src/emit/runtime-injection.js";
import plugin from "../src/index.js";
import runtime, { createRuntime } from "../src/runtime/index.js";
import { RUNTIME_HELPERS, runtimeSourceFor } from "../src/runtime/sections.js";

/** The names declared at the top level of an ES module. */
function moduleBindings(code: string): string[] {
  const file = parseSync(code, { babelrc: false, configFile: false, sourceType: "module" })!;
  let names: string[] = [];
  traverse(file, { Program(path) { names = Object.keys(path.scope.bindings); path.stop(); } });
  return names;
}

function lower(code: string): string {
  return transformSync(code, { babelrc: false, configFile: false, sourceType: "script", plugins: [plugin] })!.code!;
}

describe("runtime sections", () => {
  for (const helper of RUNTIME_HELPERS) {
    it(`${helper} alone: ES5, and present`, () => {
      const source = runtimeSourceFor([helper]);
      acorn.parse(`var rt = ${source};`, { ecmaVersion: 5 });
      const rt = (0, eval)(source) as Record<string, unknown>;
      assert.equal(typeof rt[helper], "function");
    });
  }

  it("an async-only file carries no generator machinery, and is smaller", () => {
    const asyncOnly = lower("async function f(x) { return await x; }");
    const withGenerators = lower("function* g() { yield* [1]; for (const x of [2]) yield x; }");
    assert.doesNotMatch(asyncOnly, /GeneratorPrototype/);
    assert.match(withGenerators, /GeneratorPrototype/);
    assert.ok(asyncOnly.length < withGenerators.length);
  });

  it("exports only the helpers the file uses; their sections' other functions stay for those to call", () => {
    const source = runtimeSourceFor(["gen", "mark", "iter"]);
    const rt = (0, eval)(source) as Record<string, unknown>;
    assert.deepEqual(Object.keys(rt).sort(), ["gen", "iter", "mark"]);
    // `yield*` of a lowered generator closes and checks through the iteration section's own functions.
    assert.match(source, /function closeIterator\(/);
  });

  it("the inlined runtime carries no comments", () => {
    assert.doesNotMatch(lower("function* g() { yield 1; }"), /@section|\/\*\*/);
  });

  it("every section marker survives compilation (a marker next to a type would be dropped)", () => {
    const compiled = String(createRuntime);
    const opened = compiled.match(/\/\/ @section \w+/g) ?? [];
    const closed = compiled.match(/\/\/ @end/g) ?? [];
    assert.equal(opened.length, closed.length);
    assert.ok(opened.length >= 11, `only ${opened.length} sections`);
  });

  it("runtime: \"import\" in a CommonJS script requires the package's runtime entry, and runs", () => {
    const code = transformSync("function* g() { yield 1; yield 2; }\nconsole.log([...g()].join(','));", {
      babelrc: false, configFile: false, sourceType: "script", plugins: [[plugin, { runtime: "import" }]],
    })!.code!;
    assert.match(code, /require\("babel-plugin-slot-machine\/runtime"\)/);
    // Inside the package, so that its name resolves to itself (its exports point at dist/).
    const dir = join(packageRoot(), "dist", ".cjs-check");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "lowered.cjs");
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, [file], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), "1,2");
  });

  // That lowered code reads no global is checked on every execution program (harness/compare.ts).
  describe("globals: the runtime reads only real globals", () => {
    const globals = parsedRuntime([...RUNTIME_HELPERS]).globals;

    it("the inline runtime's free names (what a file's top-level bindings must not shadow) are all globals", () => {
      for (const name of ["Promise", "Symbol", "Object", "TypeError"]) assert.ok(globals.includes(name), name);
      for (const name of globals) assert.ok(name in globalThis, `${name} is read by the runtime but is not a global`);
      // `undefined` is written `void 0`: a script's top-level `var undefined` cannot be renamed.
      assert.ok(!globals.includes("undefined"));
    });

    it("the imported runtime's modules declare none of those names", () => {
      for (const file of ["runtime.js", "index.js"]) {
        const code = readFileSync(join(packageRoot(), "dist", "src", "runtime", file), "utf8");
        const clash = moduleBindings(code).filter((name) => globals.includes(name));
        assert.deepEqual(clash, [], file);
      }
    });
  });

  it("the import entry has every helper", () => {
    for (const helper of RUNTIME_HELPERS) assert.equal(typeof (runtime as Record<string, unknown>)[helper], "function", helper);
  });
});
