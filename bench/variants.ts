/**
 * The four ways each workload is compiled before it runs:
 *
 *   native        no transform: the engine's own generators and async functions
 *   regenerator   Babel 8: transform-async-generator-functions, transform-async-to-generator,
 *                 transform-regenerator, in the order @babel/preset-env applies them, with
 *                 Babel's helpers (the regenerator runtime included) inlined
 *   typescript    TypeScript 5.9 transpileModule, target ES5, downlevelIteration, helpers
 *                 inlined (no importHelpers)
 *   slot-machine  this package's plugin, loaded from a build folder, runtime inlined
 *
 * Invariants: every variant produces one self-contained file (helpers included) so that the
 * measured code and the measured bytes are what a user would ship; a lowering is loaded once
 * per process and reused; `fingerprint` changes whenever the output could change (tool
 * versions, options, the plugin's built files), which is what keys the transform cache.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PluginItem, PluginTarget } from "@babel/core";
import type ts from "typescript5";
import { installedVersion, packageRoot } from "./paths.js";

// Tools are imported on first use: a measuring child needs at most one of them, and loading
// Babel and TypeScript into every child would cost startup time and fill the heap it measures.
type BabelCore = typeof import("@babel/core");
let babelCore: Promise<BabelCore> | null = null;
const loadBabel = (): Promise<BabelCore> => (babelCore ??= import("@babel/core"));

async function defaultExport<T>(specifier: string): Promise<T> {
  return ((await import(specifier)) as { default: T }).default;
}

export const VARIANT_NAMES = ["native", "regenerator", "typescript", "slot-machine"] as const;
export type VariantName = (typeof VARIANT_NAMES)[number];

export interface SourceInfo {
  /** Used in error messages and by TypeScript to pick the file kind. */
  filename: string;
  /** ES module (import/export) rather than a script or CommonJS file. */
  module: boolean;
}

export interface Lowering {
  name: VariantName;
  /** Tools and versions, for the report. */
  label: string;
  /** Changes whenever the output for the same input could change. */
  fingerprint: string;
  transform(code: string, source: SourceInfo): string;
}

function babelTransform(babel: BabelCore, code: string, source: SourceInfo, plugins: PluginItem[], name: string): string {
  const result = babel.transformSync(code, {
    filename: source.filename,
    cwd: packageRoot,
    sourceType: source.module ? "module" : "script",
    configFile: false,
    babelrc: false,
    plugins,
  });
  if (result?.code == null) throw new Error(`${name}: Babel returned no code for ${source.filename}`);
  return result.code;
}

async function regenerator(): Promise<Lowering> {
  const babel = await loadBabel();
  const versions = [
    `@babel/core ${installedVersion("@babel/core")}`,
    `transform-async-generator-functions ${installedVersion("@babel/plugin-transform-async-generator-functions")}`,
    `transform-async-to-generator ${installedVersion("@babel/plugin-transform-async-to-generator")}`,
    `transform-regenerator ${installedVersion("@babel/plugin-transform-regenerator")}`,
  ];
  // preset-env orders its plugins newest first (ES2018 async generators, ES2017 async
  // functions, ES2015 generators); keeping that order keeps the output identical to what
  // preset-env users get.
  const plugins: PluginItem[] = await Promise.all([
    defaultExport<PluginTarget>("@babel/plugin-transform-async-generator-functions"),
    defaultExport<PluginTarget>("@babel/plugin-transform-async-to-generator"),
    defaultExport<PluginTarget>("@babel/plugin-transform-regenerator"),
  ]);
  return {
    name: "regenerator",
    label: versions.join(", "),
    fingerprint: versions.join("|"),
    transform: (code, source) => babelTransform(babel, code, source, plugins, "regenerator"),
  };
}

async function typescript(): Promise<Lowering> {
  const tsc = await defaultExport<typeof ts>("typescript5");
  const options: ts.CompilerOptions = {
    target: tsc.ScriptTarget.ES5,
    module: tsc.ModuleKind.ESNext,
    downlevelIteration: true,
    importHelpers: false,
    noEmitHelpers: false,
    removeComments: false,
    sourceMap: false,
  };
  const label = `typescript ${tsc.version} transpileModule (ES5, downlevelIteration, inline helpers)`;
  return {
    name: "typescript",
    label,
    fingerprint: `${label}|${JSON.stringify(options)}`,
    transform(code, source) {
      const out = tsc.transpileModule(code, {
        compilerOptions: options,
        fileName: source.filename.replace(/\.[cm]?js$/, ".js"),
        reportDiagnostics: true,
      });
      const errors = (out.diagnostics ?? []).filter((d) => d.category === tsc.DiagnosticCategory.Error);
      if (errors.length > 0) {
        const first = tsc.flattenDiagnosticMessageText(errors[0]!.messageText, "\n");
        throw new Error(`typescript: ${errors.length} error(s) in ${source.filename}, first: ${first}`);
      }
      return out.outputText;
    },
  };
}

/** Hash of every file in the plugin's build folder: a rebuilt plugin invalidates the cache. */
function hashBuildFolder(entry: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".js")) hash.update(name).update(readFileSync(path));
    }
  };
  walk(dirname(entry));
  return hash.digest("hex").slice(0, 16);
}

async function slotMachine(pluginPath: string): Promise<Lowering> {
  const babel = await loadBabel();
  const loaded = (await import(pathToFileURL(pluginPath).href)) as { default?: unknown };
  if (typeof loaded.default !== "function") {
    throw new Error(`slot-machine: ${pluginPath} has no default export function`);
  }
  const plugin = loaded.default as PluginTarget;
  // Extra plugin options for a run, as JSON (children inherit the environment), e.g.
  // BENCH_PLUGIN_OPTIONS='{"plainStateProperty":true}'; they are part of label and cache key.
  const extra = process.env.BENCH_PLUGIN_OPTIONS ? (JSON.parse(process.env.BENCH_PLUGIN_OPTIONS) as Record<string, unknown>) : {};
  const shown = Object.keys(extra).length > 0 ? ` with ${JSON.stringify(extra)}` : "";
  const label = `babel-plugin-slot-machine (build at ${pluginPath})${shown}, @babel/core ${installedVersion("@babel/core")}`;
  const plugins: PluginItem[] = [[plugin, { runtime: "inline", ...extra }]];
  return {
    name: "slot-machine",
    label,
    fingerprint: `${label}|${hashBuildFolder(pluginPath)}`,
    transform: (code, source) => babelTransform(babel, code, source, plugins, "slot-machine"),
  };
}

function native(): Lowering {
  return {
    name: "native",
    label: `no transform (node ${process.versions.node}, V8 ${process.versions.v8})`,
    fingerprint: "native",
    transform: (code) => code,
  };
}

/** Loads one lowering; throws with the reason when its tool cannot be loaded. */
export async function loadLowering(name: VariantName, pluginPath: string): Promise<Lowering> {
  switch (name) {
    case "native":
      return native();
    case "regenerator":
      return await regenerator();
    case "typescript":
      return await typescript();
    case "slot-machine":
      return slotMachine(pluginPath);
    default: {
      const unknown: never = name;
      throw new Error(`unknown variant ${String(unknown)}`);
    }
  }
}

/** Babel with no plugins at all: what parsing and printing alone cost, the corpus baseline. */
export async function loadBabelAlone(): Promise<(code: string, source: SourceInfo) => string> {
  const babel = await loadBabel();
  return (code, source) => babelTransform(babel, code, source, [], "babel alone");
}

/**
 * Counts the generator, async and async-generator functions left in `code`. A lowering that
 * reports success but leaves these behind would be measured as native, so the runner refuses
 * such output instead of presenting native figures under another name.
 */
export async function loadUnloweredCounter(): Promise<(code: string, module: boolean) => number> {
  const { parse } = await import("@babel/parser");
  return (code, module) => countUnlowered(parse, code, module);
}

function countUnlowered(parse: typeof import("@babel/parser").parse, code: string, module: boolean): number {
  const ast = parse(code, { sourceType: module ? "module" : "script", errorRecovery: false });
  let count = 0;
  const stack: unknown[] = [ast.program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (node === null || typeof node !== "object") continue;
    const record = node as Record<string, unknown>;
    if (typeof record.type === "string" && (record.generator === true || record.async === true)) count++;
    for (const key of Object.keys(record)) {
      if (key === "loc" || key === "leadingComments" || key === "trailingComments" || key === "innerComments") continue;
      const child = record[key];
      if (child !== null && typeof child === "object") stack.push(child);
    }
  }
  return count;
}
