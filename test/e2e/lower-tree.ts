/**
 * Builds the lowered copy of a package set: copies each package directory (and, through
 * package.json `dependencies`, every package it needs at run time) from the repository's
 * node_modules into `<out>/node_modules`, keeping the layout Node resolves through, then lowers
 * in place every JavaScript file that holds a generator or async function with the built plugin
 * (dist/src/index.js) through @babel/core: the plugin alone, no config file (or, for the
 * preset-env rows, beside @babel/preset-env as the README shows).
 *
 * Invariants:
 * - The module format is kept (see sourceTypeOf), so the lowered tree loads exactly as the
 *   original does.
 * - A file the plugin lowers nothing in keeps its original bytes, so only lowering differs
 *   between the two runs, never Babel's reprinting.
 * - Every lowered function is counted by kind from the plugin's `onLayout` callback: the count
 *   is what the plugin did, not what a regex guessed; and no generator or async function may
 *   remain in a file the plugin changed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { transformSync, types as t, type PresetItem } from "@babel/core";
import presetEnv from "@babel/preset-env";
import plugin from "../../src/index.js";
import { es5Error } from "../harness/lower.js";
import type { FunctionKind } from "../../src/layout.js";

export type KindCounts = Record<FunctionKind, number>;

export interface LoweringTally {
  /** Files the plugin changed. */
  files: number;
  /** Functions lowered, by kind. */
  functions: KindCounts;
}

export function emptyTally(): LoweringTally {
  return { files: 0, functions: { generator: 0, async: 0, asyncGenerator: 0 } };
}

export function totalFunctions(tally: LoweringTally): number {
  return tally.functions.generator + tally.functions.async + tally.functions.asyncGenerator;
}

/**
 * Cheap pre-filter, so that Babel parses only files that may hold a generator or async function:
 * `function*`, `async` before a function, arrow or method, `yield`, or a generator method
 * (`*name(` or `*[key](` at the start of a line; ix has some without a `yield`). The word
 * "async" alone is everywhere in comments (lodash has hundreds of files of it): a false
 * positive only costs a parse, a false negative would leave a function unlowered.
 */
const MAY_SUSPEND = /\bfunction\s*\*|\basync\s*(function\b|\*|\(|\[|[\w$]+\s*(=>|\())|\byield\b|^\s*(static\s+)?\*\s*(\[[^\]\n]*\]|[\w$#]+)\s*\(/m;
/** A package's own tests, benchmarks and examples: shipped by some, loaded by no user. */
const NOT_RUN_BY_USERS = /\/(test|tests|__tests__|benchmarks?|examples?)\//;
/** Files no runtime loads: source maps, type declarations, TypeScript sources. */
const NOT_RUNTIME = /(\.map|\.d\.[cm]?ts|\.ts)$/;
const SCRIPT_EXTENSIONS = new Set([".js", ".mjs", ".cjs"]);

/**
 * How Node loads the file: `.mjs` and a `.js` under a `"type": "module"` package are modules,
 * `.cjs` is CommonJS. Any other `.js` is CommonJS when `require`d, but packages also ship ESM
 * `.js` files that only bundlers or an `exports` condition load (tslib.es6.js): those are told
 * apart by their `import`/`export` statements, as Babel's "unambiguous" does.
 */
function sourceTypeOf(file: string): "module" | "script" | "unambiguous" {
  const extension = extname(file);
  if (extension === ".mjs") return "module";
  if (extension === ".cjs") return "script";
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const type = (JSON.parse(readFileSync(manifest, "utf8")) as { type?: unknown }).type;
      return type === "module" ? "module" : "unambiguous";
    }
    if (dirname(dir) === dir) return "unambiguous";
  }
}

/**
 * How a tree is lowered: by the plugin alone; beside @babel/preset-env as the README's setup
 * for old targets has it (IE 11, the one-line configuration: nothing excluded, modules
 * left as they are so the format is kept); or by the plugin with `runtime: "import"`, each
 * file importing (ESM) or requiring (CommonJS) the one runtime module of this package, which
 * the lowered tree links to as node_modules/babel-plugin-slot-machine.
 */
export type Lowering = "plugin" | "preset-env" | "runtime-import";

const PRESET_ENV: PresetItem = [presetEnv, {
  targets: { ie: "11" },
  modules: false,
}];

/**
 * Lowers one file's text; `null` when the plugin lowered nothing in it. Adds what it lowered to
 * `tally`. A Babel or plugin error (a refusal included) is thrown with the file named, and so
 * is a preset-env lowering of a script (CommonJS) file whose output is not ES5.
 */
export function lowerSource(code: string, filename: string, tally: LoweringTally, lowering: Lowering = "plugin"): string | null {
  let lowered = 0;
  const result = transformSync(code, {
    babelrc: false,
    configFile: false,
    filename,
    sourceType: sourceTypeOf(filename),
    highlightCode: false,
    compact: false,
    presets: lowering === "preset-env" ? [PRESET_ENV] : [],
    ast: true, // to check what remains, and whether "unambiguous" made it a script
    plugins: [[plugin, { runtime: lowering === "runtime-import" ? "import" : "inline", onLayout: (layout: { kind: FunctionKind }) => {
      lowered++;
      tally.functions[layout.kind]++;
    } }]],
  });
  if (!result || typeof result.code !== "string") throw new Error(`${filename}: Babel returned no code`);
  if (lowered === 0) return null;
  if (!result.ast) throw new Error(`${filename}: Babel returned no AST`);
  const left: string[] = [];
  t.traverseFast(result.ast.program, (node) => {
    if (t.isFunction(node) && (node.generator || node.async)) left.push(`${node.loc ? `${node.loc.start.line}:${node.loc.start.column}` : "?"}`);
  });
  if (left.length > 0) throw new Error(`${filename}: generator or async functions left unlowered at ${left.join(", ")}`);
  if (lowering === "preset-env" && result.ast.program.sourceType === "script") {
    const notEs5 = es5Error(result.code);
    if (notEs5 !== null) throw new Error(`${filename}: the preset-env lowering is not ES5: ${notEs5}`);
  }
  tally.files++;
  return result.code;
}

function walkFiles(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue; // the linked plugin package (runtime-import rows)
    if (entry.isDirectory()) walkFiles(path, found);
    else if (entry.isFile()) found.push(path);
  }
}

/** The directory Node would load `name` from when required inside `fromDir`. */
function resolvePackageDir(name: string, fromDir: string, stopAt: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === stopAt || dirname(dir) === dir) break;
  }
  throw new Error(`cannot find package ${name} from ${fromDir}`);
}

/**
 * Copies `packages` and their run-time dependencies from `repoRoot/node_modules` into
 * `outDir/node_modules` (same relative places) and lowers them; `keepAsIs` matches paths
 * relative to node_modules that are copied but left alone; `withDependencies: false` copies the
 * named packages alone (for a self-contained bundle whose declared dependencies it never loads).
 */
export function buildLoweredTree(
  repoRoot: string,
  outDir: string,
  packages: readonly string[],
  { keepAsIs, withDependencies = true, lowering = "plugin" }: { keepAsIs?: RegExp | undefined; withDependencies?: boolean | undefined; lowering?: Lowering } = {},
): LoweringTally {
  const sourceModules = join(repoRoot, "node_modules");
  const targetModules = join(outDir, "node_modules");
  mkdirSync(targetModules, { recursive: true });
  const copied: string[] = [];
  const pending = packages.map((name) => ({ name, fromDir: repoRoot }));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const { name, fromDir } = pending.shift()!;
    if (name.startsWith("@types/")) continue; // type declarations only: nothing runs
    const dir = resolvePackageDir(name, fromDir, repoRoot);
    if (seen.has(dir)) continue;
    seen.add(dir);
    // A package nested in another's node_modules was copied with that package's directory.
    if (!copied.some((parent) => dir.startsWith(parent + sep))) {
      cpSync(dir, join(targetModules, relative(sourceModules, dir)), { recursive: true, dereference: true, filter: (path) => !NOT_RUNTIME.test(path) });
      copied.push(dir);
    }
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    if (!withDependencies) continue;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) pending.push({ name: dependency, fromDir: dir });
  }

  if (lowering === "runtime-import") symlinkSync(repoRoot, join(targetModules, "babel-plugin-slot-machine"), "dir");
  const tally = emptyTally();
  const files: string[] = [];
  walkFiles(targetModules, files);
  for (const file of files) {
    if (!SCRIPT_EXTENSIONS.has(extname(file)) || statSync(file).size === 0) continue;
    const relativePath = relative(targetModules, file).split(sep).join("/");
    if (keepAsIs?.test(relativePath) || NOT_RUN_BY_USERS.test(relativePath)) continue;
    const code = readFileSync(file, "utf8");
    if (!MAY_SUSPEND.test(code)) continue;
    const lowered = lowerSource(code, file, tally, lowering);
    if (lowered !== null) writeFileSync(file, lowered);
  }
  return tally;
}
