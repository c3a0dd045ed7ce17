/**
 * Bringing lowered code down to what an engine parses: everything except generators, async
 * functions and async generators, lowered by @babel/preset-env. Shared by the benchmark
 * (corpora, Duktape rows) and by `npm run test:engines` (execution programs on Hermes and
 * Duktape).
 *
 *   loadEs5ExceptGenerators   ES5.1: every transform forced (the corpora's common input,
 *                             and what an ES5 engine such as Duktape runs)
 *   loadDownlevelFor(engine)  what one engine needs: ES5 for an ES5 engine, else only the
 *                             transforms for the syntax it lacks (ForeignEngine.missingSyntax)
 *
 * With `tdz`, let/const/class bindings keep their temporal dead zone: block-scoping's own
 * `tdz` option inserts the checks an engine without one (ES5, Hermes 0.12) does not make.
 * The corpora never use it (their figures stay comparable); the execution tests do, because
 * programs provoke TDZ errors on purpose.
 *
 * Invariants: the three generator/async transforms are always excluded, so what reaches the
 * engine is the lowering under test, never regenerator's; Babel and the presets are imported
 * on first use (a measuring child loads none of this); no config file is read.
 */
import type { PluginItem, PluginTarget, PresetTarget } from "@babel/core";
import type { ForeignEngine } from "./engines.js";
import { installedVersion, packageRoot } from "./paths.js";
import type { SourceInfo } from "./variants.js";

export interface DownlevelOptions {
  /** Keep the temporal dead zone of let/const/class with checks (block-scoping `tdz`). */
  tdz?: boolean;
}

export type Downlevel = (code: string, source: SourceInfo) => string;

/** preset-env never lowers these here: the lowering under test already did. */
const GENERATOR_TRANSFORMS = ["transform-async-generator-functions", "transform-async-to-generator", "transform-regenerator"];

async function defaultExport<T>(specifier: string): Promise<T> {
  return ((await import(specifier)) as { default: T }).default;
}

async function loadPresetEnv(presetOptions: { forceAllTransforms?: boolean; targets?: object; include?: readonly string[] }, options: DownlevelOptions): Promise<Downlevel> {
  const babel = await import("@babel/core");
  const presetEnv = await defaultExport<PresetTarget>("@babel/preset-env");
  const plugins: PluginItem[] = [];
  const exclude = [...GENERATOR_TRANSFORMS];
  let include = presetOptions.include === undefined ? undefined : [...presetOptions.include];
  if (options.tdz === true) {
    // preset-env has no way to pass `tdz` to its block-scoping: run that one separately.
    plugins.push([await defaultExport<PluginTarget>("@babel/plugin-transform-block-scoping"), { tdz: true }]);
    exclude.push("transform-block-scoping");
    // Its tdz mode turns `for (const x of xs)` into `for (var x = void 0 of xs)`, which is not
    // JavaScript, unless for-of is lowered too (as it always is when everything is forced).
    if (include !== undefined) include = [...include.filter((name) => name !== "transform-block-scoping"), "transform-for-of"];
  }
  return (code, source) => {
    const result = babel.transformSync(code, {
      filename: source.filename,
      cwd: packageRoot,
      sourceType: source.module ? "module" : "script",
      configFile: false,
      babelrc: false,
      plugins,
      presets: [[presetEnv, { ...presetOptions, include, ignoreBrowserslistConfig: true, modules: false, exclude }]],
    });
    if (result?.code == null) throw new Error(`preset-env returned no code for ${source.filename}`);
    return result.code;
  };
}

/**
 * Lowers everything except generators, async functions and async generators to ES5, with
 * @babel/preset-env (all transforms forced, the three generator/async plugins excluded,
 * modules kept). Real code needs this before the lowerings can be compared on it:
 * transform-regenerator throws on destructuring declarations, for-of, spread or `??`
 * inside a generator, because preset-env always lowers those first; and typescript at
 * target ES5 lowers everything, so only a common ES5 input makes output sizes differ by the
 * generator lowering alone.
 */
export function loadEs5ExceptGenerators(options: DownlevelOptions = {}): Promise<Downlevel> {
  return loadPresetEnv({ forceAllTransforms: true }, options);
}

/**
 * What `engine` needs after a lowering, or null when it runs the output as it is: ES5 for an
 * ES5 engine, otherwise the transforms for exactly the syntax it lacks (with a target that
 * has all other syntax, so preset-env applies nothing but those).
 */
export async function loadDownlevelFor(engine: ForeignEngine, options: DownlevelOptions = {}): Promise<Downlevel | null> {
  if (engine.es5) return loadEs5ExceptGenerators(options);
  if (engine.missingSyntax.length === 0 && options.tdz !== true) return null;
  return loadPresetEnv({ targets: { node: "20" }, include: engine.missingSyntax }, options);
}

/** Versions behind loadEs5ExceptGenerators, for the cache key and the report. */
export const es5Fingerprint = `@babel/preset-env ${installedVersion("@babel/preset-env")} forceAllTransforms, generators kept`;
