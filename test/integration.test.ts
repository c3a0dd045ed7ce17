/**
 * Issue 7: the plugin in real builds. Native Node is the oracle everywhere: a lowered program,
 * bundle or build must print exactly what the original prints when Node runs it directly.
 *
 *  1. beside @babel/preset-env (IE 11, the one-line configuration: its own async/generator
 *     transforms not excluded, and none of their helpers in the output) on every execution program,
 *     on Babel 8 and on Babel 7 with preset-env 7 (test/babel7/, a one-line babel.config.js);
 *  2. beside @babel/preset-typescript on a .ts input;
 *  3. webpack 5 + babel-loader and rollup 4 + @rollup/plugin-babel on a three-module ESM app,
 *     with the runtime inline and imported (imported: the bundle holds the runtime once);
 *     and both with the one-line preset-env babel.config.js, on Babel 8 and Babel 7;
 *  4. source maps: a throw inside a lowered generator / async function maps back to its line;
 *  5. Babel 7 (babel7-core) on a sample of execution programs;
 *  6. robustness over every .js file of node_modules/@babel;
 *  7. scale: 100 / 1,000 / 10,000 suspension points, and 200 nested loops with try blocks;
 *  8. ES modules (a top level without `arguments`, `this` undefined; default-exported classes), lowered and run as modules.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { transformSync, type PluginItem, type PresetItem } from "@babel/core";
import { parse } from "@babel/parser";
import presetEnv from "@babel/preset-env";
import presetTypescript from "@babel/preset-typescript";
import { babel as rollupBabel } from "@rollup/plugin-babel";
import { rollup, type Plugin as RollupPlugin } from "rollup";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import webpack from "webpack";
import plugin from "../src/index.js";
import { discoverPrograms, packageRoot, parseDirectives, runProgram, traceDiff, type ProgramFile } from "./harness/index.js";
import { makeUserProject, ONE_LINE_CONFIG, toolchainRequire, type UserProject } from "./harness/user-project.js";

const require = createRequire(import.meta.url);
const root = packageRoot();
/** The compiled plugin and runtime next to this compiled test (dist-<x>/test/ -> dist-<x>/src/). */
const here = dirname(fileURLToPath(import.meta.url));
const pluginPath = join(here, "..", "src", "index.js");
const runtimePath = join(here, "..", "src", "runtime", "index.js");
/** The compiled plugin's folder, installed by copy into the Babel 7 / Babel 8 user projects. */
const compiledSrc = join(here, "..", "src");
const RUNTIME_IMPORT = "babel-plugin-slot-machine/runtime";
/**
 * A string that occurs exactly once in each copy of the runtime: its factory's name (inline
 * copies carry only the sections a module uses, and bundlers drop unused locals, so a string
 * from inside the factory is not always there).
 */
const RUNTIME_MARK = "function createRuntime";

const programs: ProgramFile[] = discoverPrograms("test/exec");
/** Programs that must lower and run: no @refuse, no @skip. */
const runnable = programs.filter((program) => {
  const directives = parseDirectives(program.code, program.relativePath);
  return directives.refuse === null && directives.skip === null;
});

function transform(code: string, filename: string, plugins: PluginItem[], presets: PresetItem[] = [], extra: object = {}): string {
  const result = transformSync(code, {
    babelrc: false,
    configFile: false,
    filename,
    sourceType: "script",
    highlightCode: false,
    plugins,
    presets,
    ...extra,
  });
  if (!result || typeof result.code !== "string") throw new Error(`${filename}: Babel returned no code`);
  return result.code;
}

/** "line:column kind" for every generator/async function, yield, await or for-await left in `code`. */
function suspendingSyntax(code: string, sourceType: "script" | "module" = "script"): string[] {
  const ast = parse(code, { sourceType, allowReturnOutsideFunction: true });
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as { type?: unknown; generator?: unknown; async?: unknown; await?: unknown; loc?: { start: { line: number; column: number } } };
    if (typeof record.type === "string") {
      const where = record.loc ? `${record.loc.start.line}:${record.loc.start.column}` : "?";
      if (/Function|Method/.test(record.type)) {
        if (record.generator === true) found.push(`${where} generator ${record.type}`);
        if (record.async === true) found.push(`${where} async ${record.type}`);
      }
      if (record.type === "YieldExpression" || record.type === "AwaitExpression") found.push(`${where} ${record.type}`);
      if (record.type === "ForOfStatement" && record.await === true) found.push(`${where} for await`);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== "loc" && key !== "leadingComments" && key !== "trailingComments" && typeof value === "object") visit(value);
    }
  };
  visit(ast.program);
  return found;
}

function sameTrace(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

async function expectSameTrace(label: string, code: string, lowered: string): Promise<void> {
  const native = await runProgram(code, { timeoutMs: 5000, filename: label });
  const transformed = await runProgram(lowered, { timeoutMs: 5000, filename: label });
  if (!sameTrace(native, transformed)) {
    assert.fail(`${label}: lowered run differs from native run\n${traceDiff(native, transformed)}\n--- lowered ---\n${lowered}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. preset-env

// The one-line configuration: preset-env's own generator and async transforms are not excluded;
// the plugin lowers everything before they can see it (src/index.ts, Program enter).
const presetEnvOptions = { targets: "ie 11" };

/** Helpers and runtimes preset-env's generator/async transforms would leave in their output. */
const PRESET_ENV_GENERATOR_HELPERS = /\b(regeneratorRuntime|_regenerator\w*|_(asyncToGenerator|wrapAsyncGenerator|awaitAsyncGenerator|asyncGeneratorDelegate|asyncIterator|OverloadYield)\d*)\b/g;

/**
 * Programs whose preset-env output differs from native for reasons that have nothing to do with
 * our plugin (preset-env's own ES5 lowering of classes, Symbols, etc.). Each entry says why;
 * the list is checked: an entry that passes, or that is not a runnable program, fails the suite,
 * so the list cannot go stale.
 */
// Programs preset-env changes observably.
const presetEnvNames =
  "preset-env's own parameter, destructuring, computed-property and class transforms drop or change the " +
  "names of anonymous functions and classes (preset-env alone, without this plugin, differs the same way)";
const presetEnvKnownDifferences = new Map<string, string>([
  [
    "test/exec/async/async-functions/new-throws.js",
    "preset-env turns arrows and methods into ES5 functions, which are constructors: `new` on the async arrow and the async method constructs",
  ],
  [
    "test/exec/async/shadowed-globals/top-level-function.js",
    "preset-env's own helpers read Object and Symbol, and Babel renames the file's `function Object` to `_Object` for them, without keeping its name (our renaming keeps it)",
  ],
  [
    "test/exec/async/parameters/arrow-top-level-unbound-arguments.js",
    "preset-env's arrow transform reads a top-level arrow's free `arguments` once, at the top of " +
      "the script, guarded by `typeof`: unbound, it gives undefined instead of a ReferenceError",
  ],
  ["test/exec/async/regressions/function-names.js", presetEnvNames],
  ["test/exec/async/regressions/own-name-shadowed-inside-names.js", presetEnvNames],
  ["test/exec/generators/function-names/destructuring-defaults.js", presetEnvNames],
  ["test/exec/generators/function-names/object-literals-and-classes.js", presetEnvNames],
  ["test/exec/generators/function-names/computed-key-names.js", presetEnvNames],
  [
    "test/exec/generators/regressions/block-generator-declarations-not-hoisted.js",
    "the plugin guards a generator declared in a sloppy block with an enclosing `let` of its name (so that Annex B " +
      "does not hoist its plain-function form); preset-env's block-scoping renames the shadowing declaration " +
      "(`function _g2`), which changes the function's name (scoping stays exact)",
  ],
  [
    "test/exec/generators/hoisting-scoping/class-declaration-reassigned.js",
    "preset-env's class transform lets a method assign the class's own inner name, a TypeError natively (preset-env alone differs the same way)",
  ],
  [
    "test/exec/generators/tdz/parameters-refer-later.js",
    "preset-env's parameters transform reads a later parameter's default without a TDZ (the wrapper keeps the parameter list native)",
  ],
  [
    "test/exec/async/tdz/parameters-refer-later.js",
    "preset-env's parameters transform reads a later parameter's default without a TDZ (the wrapper keeps the parameter list native)",
  ],
  [
    "test/exec/async/parameters/arrow-in-class-field-new-target.js",
    "preset-env's class-fields transform moves field initializers into the constructor, where " +
      "`new.target` is the class instead of undefined",
  ],
]);

/**
 * Preset-env 7 changes two more programs observably (preset-env 7 alone, without this plugin,
 * differs on both); with Babel 7 the list is the Babel 8 list and these.
 */
const presetEnv7KnownDifferences = new Map<string, string>([
  ...presetEnvKnownDifferences,
  [
    "test/exec/generators/expressions/dynamic-import-operands.js",
    "preset-env 7 turns `import()` in a script into a CommonJS `require` (its dynamic-import transform): " +
      "a ReferenceError (`require` is not defined) where the native import rejects with a TypeError",
  ],
  [
    "test/exec/generators/regressions/class-own-name-in-suspending-key.js",
    "preset-env 7's class transform lets a computed key read the class's own name, which is uninitialised natively " +
      "(a ReferenceError); the key then reads the outer binding of that name",
  ],
]);

/**
 * Every runnable execution program through `lower` (the plugin beside preset-env, IE 11, in one
 * line): no generator/async syntax and no preset-env generator helper may be left, and the run
 * matches native except for the known preset-env differences (which must still differ).
 */
function describeBesidePresetEnv(title: string, knownDifferences: ReadonlyMap<string, string>, open: () => Promise<OneLineLowering>): void {
  describe(title, function () {
    this.timeout(120_000);
    let lowering: OneLineLowering | null = null;
    before(async function () {
      lowering = await open();
    });
    after(function () {
      lowering?.close();
    });
    for (const program of runnable) {
      const known = knownDifferences.get(program.relativePath);
      it(`${program.relativePath}${known ? " (known preset-env difference)" : ""}`, async function () {
        assert.ok(lowering, "the lowering was set up");
        const lowered = await lowering.lower(program);
        const left = suspendingSyntax(lowered);
        assert.deepEqual(left, [], `${program.relativePath}: generator/async syntax survived preset-env + plugin:\n${left.join("\n")}`);
        const helpers = [...new Set(lowered.match(PRESET_ENV_GENERATOR_HELPERS) ?? [])];
        assert.deepEqual(helpers, [], `${program.relativePath}: preset-env lowered part of it itself`);
        if (known === undefined) {
          await expectSameTrace(program.relativePath, program.code, lowered);
          return;
        }
        let differs = false;
        try {
          await expectSameTrace(program.relativePath, program.code, lowered);
        } catch {
          differs = true;
        }
        assert.ok(differs, `${program.relativePath} is listed as a known preset-env difference (${known}) but now matches: remove it`);
      });
    }
  });
}

/** Lowers an execution program with the plugin and preset-env in one line; `close` cleans up. */
interface OneLineLowering {
  lower(program: ProgramFile): Promise<string>;
  close(): void;
}

describeBesidePresetEnv("integration: beside @babel/preset-env (IE 11)", presetEnvKnownDifferences, async () => ({
  lower: async (program) => transform(program.code, program.relativePath, [plugin], [[presetEnv, presetEnvOptions]]),
  close: () => undefined,
}));

// Babel 7 and preset-env 7 (test/babel7/), in a project whose babel.config.js is the one line
// and whose installed plugin imports Babel 7 itself.
describeBesidePresetEnv("integration: Babel 7 beside @babel/preset-env 7 (IE 11), one-line babel.config.js", presetEnv7KnownDifferences, async () => {
  const project = await makeUserProject(7, ONE_LINE_CONFIG, compiledSrc);
  return { lower: (program) => project.transform(program.code, program.relativePath), close: () => project.remove() };
});

// Where the one line cannot work: a transform that lowers async generators before the plugin's
// own traversal (src/plugin-order.ts). Refused with an error naming it and the fix; the orders
// around it that do work lower cleanly. On Babel 8 and Babel 7, each in a user project.
describe("integration: a transform ordered before the plugin is refused, not mixed in", function () {
  this.timeout(60_000);
  const source = [
    "class Feed { async *pages() { for await (const x of [1, 2]) yield x * 10; } }",
    "function* ids() { yield 'a'; yield 'b'; }",
    "const run = async () => { const seen = [...ids()]; for await (const v of new Feed().pages()) seen.push(v); return seen; };",
    "run().then(function (seen) { print(seen.join(',')); });",
  ].join("\n");
  const env = '["@babel/preset-env", { targets: "ie 11" }]';
  const ourPreset = 'const slotMachine = () => ({ plugins: ["slot-machine"] });\n';
  const agf = '"@babel/plugin-transform-async-generator-functions"';
  // What an earlier pass can lower without failing on its own (regenerator alone throws on `for await`).
  const generatorsOnly = "function* ids() { yield 'a'; yield 'b'; }\nprint([...ids()].join(','));";
  const refused: Array<[string, string, string, RegExp, string?]> = [
    ["listed before it in `plugins`", `export default { presets: [${env}], plugins: [${agf}, "slot-machine"] };`, "transform-async-generator-functions", /it is listed before "slot-machine" in `plugins`/],
    ["preset-env after the preset holding it (presets run last to first)", `${ourPreset}export default { presets: [slotMachine, ${env}] };`, "transform-async-generator-functions", /presets run last to first/],
    ["preset-env in an earlier pass (passPerPreset)", `${ourPreset}export default { passPerPreset: true, presets: [${env}, slotMachine] };`, "transform-async-generator-functions", /in an earlier pass: `passPerPreset`/],
    [
      // A whole earlier pass runs first: its Function-visitor transforms too.
      "regenerator in an earlier pass (passPerPreset)",
      `${ourPreset}export default { passPerPreset: true, plugins: ["@babel/plugin-transform-regenerator"], presets: [slotMachine] };`,
      "transform-regenerator",
      /in an earlier pass: `passPerPreset`/,
      generatorsOnly,
    ],
  ];
  const accepted: Array<[string, string]> = [
    ["the preset holding it after preset-env", `${ourPreset}export default { presets: [${env}, slotMachine] };`],
    ["its preset's pass first (passPerPreset)", `${ourPreset}export default { passPerPreset: true, presets: [slotMachine, ${env}] };`],
    ["the transform listed after it in `plugins`", `export default { presets: [${env}], plugins: ["slot-machine", ${agf}] };`],
  ];
  for (const major of [8, 7] as const) {
    for (const [name, config, transform, where, input = source] of refused) {
      it(`Babel ${major}, ${name}: an error naming the transform, where it runs and the fix`, async function () {
        const project = await makeUserProject(major, config, compiledSrc);
        try {
          await assert.rejects(project.transform(input, "order.js"), (error: Error) => {
            assert.ok(error.message.includes(`babel-plugin-slot-machine: @babel/plugin-${transform} runs before "slot-machine"`), error.message);
            assert.match(error.message, where);
            assert.match(error.message, /the output would mix the two\. Put "slot-machine" in the top-level `plugins`/);
            return true;
          });
        } finally {
          project.remove();
        }
      });
    }
    for (const [name, config] of accepted) {
      it(`Babel ${major}, ${name}: lowered by the plugin alone, and runs like native`, async function () {
        const project = await makeUserProject(major, config, compiledSrc);
        try {
          const lowered = await project.transform(source, "order.js");
          assert.deepEqual(suspendingSyntax(lowered), []);
          assert.deepEqual([...new Set(lowered.match(PRESET_ENV_GENERATOR_HELPERS) ?? [])], [], "a preset-env generator helper in the output");
          assert.equal(occurrences(lowered, RUNTIME_MARK), 1, "the plugin's runtime");
          await expectSameTrace(`Babel ${major} ${name}`, source, lowered);
        } finally {
          project.remove();
        }
      });
    }
  }
});

describe("integration: the preset-env known-difference list", function () {
  it("names only runnable programs", function () {
    const names = new Set(runnable.map((program) => program.relativePath));
    for (const name of presetEnv7KnownDifferences.keys()) assert.ok(names.has(name), `${name} is not a runnable program`);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. preset-typescript

describe("integration: beside @babel/preset-typescript", function () {
  it("a .ts input with a generator method, an async method and an async generator method runs as expected", async function () {
    const filename = join(root, "test/integration/typescript/input.ts");
    const source = readFileSync(filename, "utf8");
    const lowered = transform(source, filename, [plugin], [presetTypescript]);
    assert.deepEqual(suspendingSyntax(lowered), []);
    assert.doesNotMatch(lowered, /\binterface\b|: Promise<|enum Kind/, "TypeScript syntax survived");
    // The oracle: the same input with only its types removed (no lowering), run natively.
    const stripped = transform(source, filename, [], [presetTypescript]);
    assert.ok(suspendingSyntax(stripped).length > 0, "the stripped input should still contain generators");
    const expected = [
      '{"value":{"value":0,"kind":"even"},"done":false}',
      "reply hi",
      '{"value":{"value":1,"kind":"odd"},"done":false}',
      '[{"value":2,"kind":"even"},{"value":3,"kind":"odd"}]',
      "sync end",
      "total 6",
      "pairs 0:even,1:odd,2:even,3:odd",
      "done",
    ];
    assert.deepEqual(await runProgram(stripped, { filename: "input.ts" }), expected);
    assert.deepEqual(await runProgram(lowered, { filename: "input.ts" }), expected);
  });
  // A suspension directly inside a TypeScript expression wrapper. The plugin runs in the same
  // traversal as preset-typescript, before the types are stripped, so it meets these nodes.
  const wrapperCases: Array<[string, string]> = [
    ["as", "async function f() { return (await Promise.resolve(1)) as number; }"],
    ["non-null !", "async function f() { return (await Promise.resolve(1))!; }"],
    ["satisfies", "async function f() { return (await Promise.resolve(1)) satisfies number; }"],
    ["<T> assertion", "async function f() { return <number>(await Promise.resolve(1)); }"],
    ["yield ... as", "function* g() { const x = (yield 0) as number; return x; }\nasync function f() { const it = g(); it.next(); return it.next(1).value; }"],
  ];
  for (const [name, body] of wrapperCases) {
    it(`a suspension inside a TypeScript "${name}" expression lowers and runs`, async function () {
      const source = `declare function print(...args: unknown[]): void;\n${body}\nf().then((v) => print("value", v));`;
      const lowered = transform(source, "wrapper.ts", [plugin], [presetTypescript]);
      assert.deepEqual(suspendingSyntax(lowered), []);
      assert.deepEqual(await runProgram(lowered, { filename: "wrapper.ts" }), ["value 1"]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. webpack and rollup

const appDir = join(root, "test/integration/app");
const appEntry = join(appDir, "main.js");
type RuntimeMode = "inline" | "import";

let nativeAppOutput: string | null = null;
function nativeApp(): string {
  nativeAppOutput ??= execFileSync(process.execPath, [appEntry], { encoding: "utf8", timeout: 30_000 });
  return nativeAppOutput;
}

function runBundle(file: string): string {
  return execFileSync(process.execPath, [file], { encoding: "utf8", timeout: 30_000 });
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

async function buildWithWebpack(mode: RuntimeMode, outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "none",
    context: root,
    target: "node",
    devtool: false,
    entry: appEntry,
    output: { path: outDir, filename: "bundle.cjs" },
    resolve: { alias: { [`${RUNTIME_IMPORT}$`]: runtimePath } },
    module: {
      rules: [
        {
          test: /\.js$/,
          include: appDir,
          use: {
            loader: join(root, "node_modules", "babel-loader"),
            options: { babelrc: false, configFile: false, sourceType: "module", plugins: [[pluginPath, { runtime: mode }]] },
          },
        },
      ],
    },
  });
  return runWebpack(compiler, join(outDir, "bundle.cjs"));
}

/** Runs a webpack build to its end and returns the bundle's path; a build with errors throws them. */
async function runWebpack(compiler: webpack.Compiler, bundle: string): Promise<string> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (!result) reject(new Error("webpack returned no stats"));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(`webpack failed:\n${stats.toString({ all: false, errors: true, errorDetails: true })}`);
  return bundle;
}

async function buildWithRollup(mode: RuntimeMode, outDir: string): Promise<string> {
  const aliasRuntime: RollupPlugin = {
    name: "alias-slot-machine-runtime",
    resolveId(id) {
      return id === RUNTIME_IMPORT ? runtimePath : null;
    },
  };
  const bundle = await rollup({
    input: appEntry,
    onwarn(warning, warn) {
      if (warning.code !== "CIRCULAR_DEPENDENCY") warn(warning);
    },
    plugins: [
      aliasRuntime,
      rollupBabel({
        babelHelpers: "bundled",
        babelrc: false,
        configFile: false,
        include: [`${appDir.split(sep).join("/")}/**`],
        plugins: [[pluginPath, { runtime: mode }]],
      }),
    ],
  });
  const file = join(outDir, "bundle.cjs");
  await bundle.write({ file, format: "cjs" });
  await bundle.close();
  return file;
}

describe("integration: bundlers", function () {
  this.timeout(120_000);
  let outRoot = "";
  before(function () {
    outRoot = mkdtempSync(join(tmpdir(), "slot-machine-int-"));
  });
  after(function () {
    if (outRoot !== "") rmSync(outRoot, { recursive: true, force: true });
  });

  it("the app runs natively (the oracle)", function () {
    const output = nativeApp();
    assert.match(output, /main: done\nmain: settled\n$/);
    assert.match(output, /main: merged tick0,tick1,sync:a,sync:b,last/);
  });

  const builders: Record<string, (mode: RuntimeMode, outDir: string) => Promise<string>> = {
    "webpack 5 + babel-loader": buildWithWebpack,
    "rollup 4 + @rollup/plugin-babel": buildWithRollup,
  };
  for (const [name, build] of Object.entries(builders)) {
    for (const mode of ["inline", "import"] as const) {
      it(`${name}, runtime: "${mode}": the bundle prints what the native app prints`, async function () {
        const outDir = join(outRoot, `${name.split(" ")[0]}-${mode}`);
        const file = await build(mode, outDir);
        const code = readFileSync(file, "utf8");
        assert.deepEqual(suspendingSyntax(code, "script"), [], `${name} ${mode}: generator/async syntax left in the bundle`);
        if (mode === "import") {
          assert.equal(occurrences(code, RUNTIME_MARK), 1, `${name}: the imported runtime should be in the bundle exactly once`);
          assert.doesNotMatch(code, /require\(["']babel-plugin-slot-machine/, "the runtime import was not bundled");
        } else {
          // Inline: each of the four lowered modules (main.js has an async function) carries its own copy.
          assert.equal(occurrences(code, RUNTIME_MARK), 4, `${name}: one inline runtime per module expected`);
        }
        assert.equal(runBundle(file), nativeApp());
      });
    }
  }
});

// The README's one line (preset-env, IE 11, and "slot-machine") in a user's babel.config.js, which
// babel-loader and @rollup/plugin-babel find as they would in a user's project, on Babel 8 and on
// Babel 7 (test/babel7/: babel-loader 9 and @rollup/plugin-babel 6 there load Babel 7).
const oneLineAppDir = join(root, "test/integration/one-line");

/** The version of @babel/core that the module at `file` (a loader, a Rollup plugin) loads. */
function babelVersionSeenBy(file: string): string {
  return (JSON.parse(readFileSync(createRequire(file).resolve("@babel/core/package.json"), "utf8")) as { version: string }).version;
}

async function buildOneLineWithWebpack(project: UserProject, outDir: string): Promise<string> {
  const loader = toolchainRequire(project.major).resolve("babel-loader");
  assert.match(babelVersionSeenBy(loader), new RegExp(`^${project.major}\\.`), "babel-loader loads the project's Babel");
  const compiler = webpack({
    mode: "none",
    context: project.dir,
    target: "node",
    devtool: false,
    entry: join(project.dir, "src", "main.js"),
    output: { path: outDir, filename: "bundle.cjs" },
    // As a user writes it: babel-loader with no Babel options, babel.config.js found from the
    // project's folder (`cwd`: webpack runs in the repository here, not in the project).
    module: { rules: [{ test: /\.js$/, exclude: /node_modules/, use: { loader, options: { cwd: project.dir } } }] },
  });
  return runWebpack(compiler, join(outDir, "bundle.cjs"));
}

async function buildOneLineWithRollup(project: UserProject, outDir: string): Promise<string> {
  const pluginFile = toolchainRequire(project.major).resolve("@rollup/plugin-babel");
  assert.match(babelVersionSeenBy(pluginFile), new RegExp(`^${project.major}\\.`), "@rollup/plugin-babel loads the project's Babel");
  const loaded = (await import(pathToFileURL(pluginFile).href)) as RollupBabelModule | { default: RollupBabelModule };
  const { babel } = "babel" in loaded ? loaded : loaded.default;
  const bundle = await rollup({
    input: join(project.dir, "src", "main.js"),
    plugins: [babel({ babelHelpers: "bundled", cwd: project.dir })],
  });
  const file = join(outDir, "bundle.cjs");
  await bundle.write({ file, format: "cjs" });
  await bundle.close();
  return file;
}

interface RollupBabelModule {
  babel(options: object): RollupPlugin;
}

describe("integration: bundlers with the one-line preset-env babel.config.js", function () {
  this.timeout(120_000);
  const native = (): string => execFileSync(process.execPath, [join(oneLineAppDir, "main.js")], { encoding: "utf8", timeout: 30_000 });

  it("the app runs natively (the oracle)", function () {
    const output = native();
    assert.match(output, /^feed: closed a\nmain: all a#0:x\+a#1:y \| a#2:z\n/);
    assert.match(output, /main: return \{"value":"early","done":true\}\nmain: caught boom\nmain: done\n$/);
  });

  const builders: Record<string, (project: UserProject, outDir: string) => Promise<string>> = {
    "webpack 5 + babel-loader": buildOneLineWithWebpack,
    "rollup 4 + @rollup/plugin-babel": buildOneLineWithRollup,
  };
  for (const major of [8, 7] as const) {
    describe(`Babel ${major}`, function () {
      let project: UserProject | null = null;
      before(async function () {
        project = await makeUserProject(major, ONE_LINE_CONFIG, compiledSrc);
        cpSync(oneLineAppDir, join(project.dir, "src"), { recursive: true });
      });
      after(function () {
        project?.remove();
      });
      for (const [name, build] of Object.entries(builders)) {
        it(`${name}: no preset-env generator helper, and the bundle prints what the app prints natively`, async function () {
          assert.ok(project, "the project was set up");
          const file = await build(project, join(project.dir, `out-${name.split(" ")[0]}`));
          const code = readFileSync(file, "utf8");
          assert.deepEqual(suspendingSyntax(code, "script"), [], `${name}: generator/async syntax left in the bundle`);
          assert.deepEqual([...new Set(code.match(PRESET_ENV_GENERATOR_HELPERS) ?? [])], [], `${name}: preset-env lowered part of the app itself`);
          // Both halves of the one line ran: the plugin (one inline runtime per lowered module,
          // main.js and feed.js) and preset-env (its class transform's helper, no class left).
          assert.equal(occurrences(code, RUNTIME_MARK), 2, `${name}: one inline runtime per lowered module expected`);
          assert.match(code, /function _createClass\(/, `${name}: preset-env's class transform did not run`);
          assert.doesNotMatch(code, /\bclass Feed\b/, `${name}: the class was left as a class`);
          assert.equal(runBundle(file), native());
        });
      }
    });
  }
});

describe("integration: ES modules", function () {
  this.timeout(60_000);
  // Every module of the folder is lowered; each entry (a name without a leading "_") runs
  // natively and lowered, and prints the same. The others are modules the entries import.
  const folder = join(root, "test", "integration", "module");
  const modules = readdirSync(folder).filter((f) => f.endsWith(".mjs"));
  const checks: Record<string, (native: string) => void> = {
    // An async arrow's parameters at a module's top level: no `arguments` there.
    "top-level-arrows.mjs": (native) => assert.match(native, /rejected ReferenceError\n/),
    "default-export-classes.mjs": (native) => assert.match(native, /^Named named true object\ndefault anonymous true object\n/),
  };
  for (const entry of modules.filter((f) => !f.startsWith("_"))) {
    it(`${entry} prints what it prints natively`, function () {
      const native = execFileSync(process.execPath, [join(folder, entry)], { encoding: "utf8", timeout: 30_000 });
      const check = checks[entry];
      assert.ok(check, `${entry}: say what its native output must show in \`checks\``);
      check(native);
      const outDir = mkdtempSync(join(tmpdir(), "slot-machine-module-"));
      try {
        for (const file of modules) {
          const path = join(folder, file);
          const code = transform(readFileSync(path, "utf8"), path, [plugin], [], { sourceType: "module" });
          assert.deepEqual(suspendingSyntax(code, "module"), [], `${file}: generator/async syntax left in the module`);
          writeFileSync(join(outDir, file), code);
        }
        assert.equal(execFileSync(process.execPath, [join(outDir, entry)], { encoding: "utf8", timeout: 30_000 }), native);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. source maps

describe("integration: source maps", function () {
  it("throws inside a lowered generator and a lowered async function map back to their original line and column", async function () {
    const filename = join(root, "test/integration/sourcemap/throws.js");
    const source = readFileSync(filename, "utf8");
    const lines = source.split("\n");
    const expectedAt = (message: string): { line: number; column: number } => {
      const index = lines.findIndex((line) => line.includes(`new Error("${message}")`));
      assert.ok(index >= 0);
      return { line: index + 1, column: (lines[index] ?? "").indexOf("new Error") };
    };
    const result = transformSync(source, {
      babelrc: false,
      configFile: false,
      filename,
      sourceFileName: "throws.js",
      sourceType: "script",
      sourceMaps: true,
      plugins: [plugin],
    });
    assert.ok(result?.code && result.map);
    assert.deepEqual(suspendingSyntax(result.code), []);
    const context = vm.createContext({});
    vm.runInContext(result.code, context, { filename: "lowered.js" });
    const genError = (context as { genError?: Error }).genError;
    const asyncError = await (context as { asyncError?: Promise<Error> }).asyncError;
    assert.ok(genError && asyncError, "both errors were thrown");
    assert.equal(genError.message, "from generator");
    assert.equal(asyncError.message, "from async");

    const consumer = await new SourceMapConsumer(result.map as unknown as RawSourceMap);
    try {
      for (const [error, message] of [[genError, "from generator"], [asyncError, "from async"]] as const) {
        const match = /lowered\.js:(\d+):(\d+)/.exec(error.stack ?? "");
        assert.ok(match, `no lowered.js frame in the stack:\n${error.stack}`);
        const generated = { line: Number(match[1]), column: Number(match[2]) - 1 };
        const original = consumer.originalPositionFor(generated);
        const expected = expectedAt(message);
        assert.equal(original.source, "throws.js");
        assert.deepEqual(
          { line: original.line, column: original.column },
          expected,
          `${message}: generated ${generated.line}:${generated.column} maps to ${original.line}:${original.column}, expected ${expected.line}:${expected.column}`,
        );
      }
    } finally {
      consumer.destroy();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Babel 7

interface Babel7 {
  version: string;
  transformSync(code: string, options: object): { code?: string | null } | null;
}

describe("integration: Babel 7 (babel7-core)", function () {
  this.timeout(120_000);
  const babel7 = require("babel7-core") as Babel7;
  it("babel7-core is Babel 7", function () {
    assert.match(babel7.version, /^7\./);
  });
  // An even spread of about 20 runnable programs (stable: the list is sorted).
  const step = Math.max(1, Math.floor(runnable.length / 20));
  const sample = runnable.filter((_, i) => i % step === 0).slice(0, 20);
  for (const program of sample) {
    it(program.relativePath, async function () {
      const result = babel7.transformSync(program.code, {
        babelrc: false,
        configFile: false,
        filename: program.relativePath,
        sourceType: "script",
        highlightCode: false,
        plugins: [plugin],
      });
      assert.ok(result && typeof result.code === "string");
      assert.deepEqual(suspendingSyntax(result.code), []);
      await expectSameTrace(`babel7 ${program.relativePath}`, program.code, result.code);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 5b. an ES module whose top level binds the names of the globals the runtime reads

describe("integration: a module binding the names of globals (Promise, Symbol, Object, undefined, …)", function () {
  this.timeout(120_000);
  const source = join(root, "test/integration/shadowed-globals");
  const native = execFileSync(process.execPath, [join(source, "main.js")], { encoding: "utf8", timeout: 30_000 });
  const babel7 = require("babel7-core") as Babel7;
  const babels: Array<[string, Babel7["transformSync"]]> = [["Babel 8", transformSync as Babel7["transformSync"]], ["Babel 7", babel7.transformSync]];
  for (const [babelName, transformWith] of babels) {
    for (const mode of ["inline", "import"] as const) {
      it(`${babelName}, runtime: "${mode}": prints what the module prints natively`, function () {
        const lowered = transformWith(readFileSync(join(source, "main.js"), "utf8"), {
          babelrc: false, configFile: false, sourceType: "module", highlightCode: false, plugins: [[plugin, { runtime: mode }]],
        })!.code!;
        assert.deepEqual(suspendingSyntax(lowered, "module"), []);
        // Inside the package, so that the runtime import resolves to the package itself.
        const dir = join(root, "dist", ".shadowed-globals", `${babelName.replace(" ", "")}-${mode}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "main.js"), lowered);
        copyFileSync(join(source, "user-values.js"), join(dir, "user-values.js"));
        assert.equal(execFileSync(process.execPath, [join(dir, "main.js")], { encoding: "utf8", timeout: 30_000 }), native);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// 6. robustness over real-world code

const PREFIX = "babel-plugin-slot-machine:";
const ROBUSTNESS_CAP = 400;

function babelFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(".js")) files.push(full);
    }
  };
  walk(join(root, "node_modules", "@babel"));
  return files.slice(0, ROBUSTNESS_CAP);
}

describe("integration: robustness over node_modules/@babel", function () {
  this.timeout(120_000);
  it("every .js file either lowers to code that parses or fails with our own error or an input parse error", function () {
    const files = babelFiles();
    assert.ok(files.length > 50, `only ${files.length} files found`);
    const problems: string[] = [];
    const counts = { lowered: 0, refused: 0, unparsable: 0, suspending: 0 };
    const started = performance.now();
    for (const file of files) {
      const name = relative(root, file);
      const code = readFileSync(file, "utf8");
      let output: string;
      try {
        const result = transformSync(code, {
          babelrc: false,
          configFile: false,
          filename: file,
          sourceType: "unambiguous",
          highlightCode: false,
          compact: statSync(file).size > 200_000,
          plugins: [plugin],
        });
        if (!result || typeof result.code !== "string") throw new Error("Babel returned no code");
        output = result.code;
      } catch (error) {
        const e = error as { message?: string; code?: string };
        const message = String(e.message ?? error);
        const own = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
        if (own.startsWith(PREFIX)) counts.refused++;
        else if (e.code === "BABEL_PARSE_ERROR") counts.unparsable++;
        else problems.push(`${name}: ${(error as Error).stack ?? message}`);
        continue;
      }
      counts.lowered++;
      if (/function\s*\*|\basync\b/.test(code)) counts.suspending++;
      try {
        parse(output, { sourceType: "unambiguous", allowReturnOutsideFunction: true });
      } catch (error) {
        problems.push(`${name}: the output does not parse: ${(error as Error).message}`);
        continue;
      }
      const left = suspendingSyntax(output, /\b(import|export)\b/.test(output) ? "module" : "script");
      if (left.length > 0) problems.push(`${name}: suspending syntax left: ${left.slice(0, 5).join("; ")}`);
    }
    console.log(
      `      robustness: ${files.length} files (${counts.suspending} mention generators/async), ${counts.lowered} lowered, ` +
        `${counts.refused} refused by the plugin, ${counts.unparsable} unparsable inputs, ${(performance.now() - started).toFixed(0)} ms`,
    );
    assert.deepEqual(problems, []);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. scale

function manyPoints(count: number): string {
  const body: string[] = ["  var total = 0;"];
  for (let i = 0; i < count; i++) body.push(`  total += (yield ${i}) * ${(i % 7) + 1};`);
  body.push("  return total;");
  return [
    `function* many() {\n${body.join("\n")}\n}`,
    "var it = many(), step = it.next(), yielded = 0, n = 0;",
    "while (!step.done) { yielded += step.value; step = it.next(n++ % 3); }",
    "print('yielded', yielded, 'returned', step.value);",
  ].join("\n");
}

function deepNesting(depth: number): string {
  let inner = "count += yield 'innermost';";
  for (let d = depth - 1; d >= 0; d--) {
    inner = `for (var i${d} = 0; i${d} < 1; i${d}++) {\n try {\n  yield ${d};\n  ${inner}\n } catch (e${d}) {\n  print('caught', e${d});\n } finally {\n  count++;\n }\n}`;
  }
  return [
    `function* deep() {\n var count = 0;\n${inner}\n return count;\n}`,
    "var it = deep(), step = it.next(), steps = 0;",
    "while (!step.done) { steps++; step = it.next(1); }",
    "print('steps', steps, 'returned', step.value);",
  ].join("\n");
}

describe("integration: scale", function () {
  this.timeout(120_000);
  for (const count of [100, 1_000, 10_000]) {
    it(`a generator with ${count.toLocaleString("en-US")} suspension points lowers and runs`, async function () {
      const code = manyPoints(count);
      const started = performance.now();
      const lowered = transform(code, `many-${count}.js`, [plugin]);
      const ms = performance.now() - started;
      console.log(`      lowering ${count} suspension points: ${ms.toFixed(0)} ms (input ${code.length} chars, output ${lowered.length} chars)`);
      assert.deepEqual(suspendingSyntax(lowered), []);
      await expectSameTrace(`many-${count}.js`, code, lowered);
    });
  }
  it("200 nested loops with try/catch/finally lower without a stack overflow and run", async function () {
    const code = deepNesting(200);
    const started = performance.now();
    const lowered = transform(code, "deep-200.js", [plugin]);
    console.log(`      lowering 200 nested loops with try blocks: ${(performance.now() - started).toFixed(0)} ms`);
    assert.deepEqual(suspendingSyntax(lowered), []);
    const trace = await runProgram(lowered, { filename: "deep-200.js" });
    assert.deepEqual(trace, ["steps 201 returned 201"]);
    await expectSameTrace("deep-200.js", code, lowered);
  });
});
