/**
 * Builds what an engine runs for one execution program: the frame around the program, as
 * separate scripts in one global object where the engine can (Duktape), else one script
 * (Hermes). In order:
 *
 *   prelude.js           print/console.log formatting values as the Node harness does
 *   engine setup         Hermes: hermes.js (unhandled-rejection reporting); Duktape:
 *                        duktape.js (microtask and task queues, Reflect.get/set removed)
 *   polyfill bundle      the core-js modules polyfills.ts lists for this engine
 *   after-polyfill.js    Duktape: removes the job loop's hooks from the global object
 *   the program          lowered by the plugin, then brought down for the engine
 *   drain                Duktape: `__engineTest.drain()`, running the queued jobs
 *
 * Invariants: everything but the program is ES5.1, checked once per run; the program is a
 * classic script at the top level, as under Node's vm (not wrapped, not eval'd: Hermes's
 * eval leaks a strict program's vars). As its own script (Duktape) its top-level function
 * declarations are hoisted within it only, so a program that declares `function WeakMap`
 * cannot break the polyfills; in one script (Hermes) its "use strict" must come first, so
 * the frame is strict too then, and its hoisted declarations are seen by the frame (which
 * is why the frame reads built-ins only through the few it captured first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSync } from "@babel/core";
import type { ForeignEngine } from "../../bench/engines.js";
import { es5Error } from "../../test/harness/lower.js";
import { packageRoot } from "../../test/harness/root.js";
import { POLYFILLS, polyfillBundle, type Polyfill } from "./polyfills.js";

export interface EngineFrame {
  polyfills: readonly Polyfill[];
  /** The scripts to run, in order, for one lowered, brought-down program. */
  scripts(program: string): string[];
}

function part(name: string): string {
  const path = join(packageRoot(), "scripts", "engines", name);
  const code = readFileSync(path, "utf8");
  const problem = es5Error(code);
  if (problem !== null) throw new Error(`${path} must be ES5.1: ${problem}`);
  return code;
}

/** True when the program's directive prologue makes it strict. */
function isStrictScript(program: string): boolean {
  const file = parseSync(program, { babelrc: false, configFile: false, sourceType: "script" });
  return file?.program.directives.some((directive) => directive.value.value === "use strict") ?? false;
}

export async function engineFrame(engine: ForeignEngine): Promise<EngineFrame> {
  const polyfills = POLYFILLS[engine.name];
  const before: string[] = [part("prelude.js")];
  const after: string[] = [];
  if (engine.name === "hermes") before.push(part("hermes.js"));
  if (engine.name === "duktape") before.push(part("duktape.js"));
  before.push(await polyfillBundle(polyfills));
  if (engine.name === "duktape") {
    before.push(part("after-polyfill.js"));
    after.push("__engineTest.drain();");
  }
  const head = before.join("\n;\n");
  const tail = after.join("\n");
  return {
    polyfills,
    scripts(program) {
      if (engine.scriptsArgs !== null) return [head, program, tail].filter((script) => script !== "");
      return [[isStrictScript(program) ? '"use strict";' : "", head, ";", program, ";", tail, ""].join("\n")];
    },
  };
}
