/**
 * The built-ins an engine lacks and the execution programs need, each with who needs it and
 * the core-js module that provides it; and the one script that loads them (a rollup bundle
 * of exactly those modules, ES5, built once and cached by content).
 *
 * Why core-js: it is the polyfill Babel's own users load, kept up to date, and split into one
 * module per built-in, so the bundle carries only what is listed here (each entry was
 * checked to be needed: without it, the programs its `neededBy` counts fail). For Promise a
 * smaller polyfill was tried first: promise-polyfill 8.3.0 (4.4 kB minified), driven by the
 * same job loop, gives 10 more programs a trace unlike V8's (it calls a thenable's `then`
 * and adopts a promise without the jobs ES2015 takes, and reports unhandled rejections
 * differently), where core-js's es.promise differs from V8 on 2 (listed).
 *
 * Invariants: every entry names the built-in and its users (the runtime, Babel's ES5
 * helpers, or the programs themselves), so the list doubles as the record of what the
 * lowered code needs beyond ES5; the bundle is checked to parse as ES5 before it is used.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rollup } from "rollup";
import commonjsImport from "@rollup/plugin-commonjs";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { installedVersion } from "../../bench/paths.js";
import type { ForeignEngineName } from "../../bench/engines.js";
import { es5Error } from "../../test/harness/lower.js";
import { packageRoot } from "../../test/harness/root.js";

// As in scripts/playground.ts: the types describe the CommonJS namespace, Node loads the ES
// build whose default export is the plugin function.
const commonjs = commonjsImport as unknown as typeof commonjsImport.default;

export interface Polyfill {
  /** The built-in the engine lacks (or has in a form the code cannot use). */
  builtIn: string;
  /** Who needs it: the runtime, Babel's ES5 helpers, or which programs. */
  neededBy: string;
  /** The core-js module (core-js/modules/<module>.js). */
  module: string;
}

export const POLYFILLS: Readonly<Record<ForeignEngineName, readonly Polyfill[]>> = {
  hermes: [
    {
      builtIn: "Symbol.asyncIterator",
      neededBy: "12 programs that define or call [Symbol.asyncIterator] themselves (the runtime falls back to \"@@asyncIterator\" without it)",
      module: "es.symbol.async-iterator",
    },
  ],
  duktape: [
    {
      builtIn: "Promise",
      neededBy: "the runtime (every async function and async generator: 133 programs), driven by duktape.js's job loop",
      module: "es.promise",
    },
    {
      builtIn: "Array.prototype[Symbol.iterator]",
      neededBy: "core-js's own Promise.all, Map and Set, and programs that spread or iterate arrays outside lowered functions (the runtime iterates arrays, strings and arguments by index where the engine has no built-in iterators)",
      module: "es.array.iterator",
    },
    { builtIn: "String.prototype[Symbol.iterator]", neededBy: "programs that iterate strings outside lowered functions (with the array iterator, core-js expects both)", module: "es.string.iterator" },
    { builtIn: "Symbol.asyncIterator", neededBy: "12 programs that define or call [Symbol.asyncIterator] themselves", module: "es.symbol.async-iterator" },
    {
      builtIn: "Reflect.get with a receiver",
      neededBy: "2 programs that forward a proxy's get trap with it (Duktape's throws \"unsupported\"; duktape.js removes it first)",
      module: "es.reflect.get",
    },
    { builtIn: "WeakMap", neededBy: "Babel's private-field helpers (3 programs)", module: "es.weak-map" },
    { builtIn: "WeakSet", neededBy: "Babel's private-method helpers (3 programs)", module: "es.weak-set" },
    { builtIn: "Map", neededBy: "1 program that delegates to a Map and a Set with yield*", module: "es.map" },
    { builtIn: "Set", neededBy: "the same program", module: "es.set" },
    { builtIn: "Array.from", neededBy: "1 program", module: "es.array.from" },
  ],
};

const cacheDir = join(tmpdir(), "slot-machine-engine-polyfills");

/** The ES5 script that installs `polyfills` (empty when there are none). */
export async function polyfillBundle(polyfills: readonly Polyfill[]): Promise<string> {
  if (polyfills.length === 0) return "";
  const modules = polyfills.map((polyfill) => polyfill.module);
  const key = createHash("sha256").update(`core-js ${installedVersion("core-js")}\n${modules.join("\n")}`).digest("hex").slice(0, 16);
  const cached = join(cacheDir, `${key}.js`);
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  const entry = "\0polyfill-entry";
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: "polyfill-entry",
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? modules.map((name) => `import "core-js/modules/${name}.js";`).join("\n") : null),
      },
      nodeResolve({ rootDir: packageRoot() }),
      commonjs(),
    ],
    onwarn: (warning) => {
      throw new Error(`bundling core-js: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({ format: "iife", strict: false });
  await bundle.close();
  const code = output[0].code;
  const problem = es5Error(code);
  if (problem !== null) throw new Error(`the core-js bundle is not ES5: ${problem}`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, code);
  return code;
}
