/**
 * Runs a script in a Web Worker made from a Blob and collects what it prints: `console.log`
 * (and `.info`, `.warn`, `.error`, `.debug`) and `print`, the execution programs' output
 * function. One worker per run, so the original and the lowered code never share globals, and
 * a script that never ends is stopped by terminating its worker.
 *
 * When the script's own code has returned, the run waits for it to settle: promise jobs run
 * before any timer, so the worker looks after each task whether timers it started are still
 * pending, and reports "done" once none is (with a time limit: an interval or a promise waiting
 * on a long timer ends as "timed out" with what was printed so far).
 *
 * Code lowered with `runtime: "import"` (a script) asks `require("babel-plugin-slot-machine/
 * runtime")`: the worker answers with the runtime built from the plugin's own source
 * (../../src/runtime/sections.ts), the text the inline mode emits.
 *
 * Invariant: values print as Node's console would for the common cases (strings bare, other
 * values through a small formatter); both runs use the same formatter, so a difference shown is
 * a difference in behaviour, not in printing.
 */
import { RUNTIME_HELPERS, runtimeSourceFor } from "../../src/runtime/sections.js";

export interface RunResult {
  lines: string[];
  /** How the run ended: every job settled, the time limit struck, or the worker could not start. */
  end: "done" | "timed out" | "failed to start";
  milliseconds: number;
}

/** The worker's prelude: output capture, timer bookkeeping, the runtime module, then the script. */
function workerSource(script: string): string {
  const prelude = `"use strict";
var __out = function (text) { postMessage({ type: "line", text: text }); };
var __format = function format(value, depth) {
  if (typeof value === "string") return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === "function") return "[Function: " + (value.name || "(anonymous)") + "]";
  if (typeof value === "symbol" || typeof value === "bigint") return typeof value === "bigint" ? value + "n" : String(value);
  if (value === null || typeof value !== "object") return String(value);
  if (value instanceof Error) return String(value);
  if (depth > 2) return Array.isArray(value) ? "[Array]" : "[Object]";
  if (Array.isArray(value)) return "[ " + value.map(function (v) { return format(v, depth + 1); }).join(", ") + " ]";
  var tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === "Promise") return "Promise { ? }";
  if (tag === "Generator" || tag === "AsyncGenerator") return "Object [" + tag + "] {}";
  var keys = Object.keys(value);
  if (keys.length === 0) return "{}";
  return "{ " + keys.map(function (k) { return k + ": " + format(value[k], depth + 1); }).join(", ") + " }";
};
var __print = function () { __out(Array.prototype.map.call(arguments, function (v) { return __format(v, 0); }).join(" ")); };
self.print = __print;
["log", "info", "warn", "error", "debug"].forEach(function (name) { console[name] = __print; });
var __pending = new Set();
var __setTimeout = self.setTimeout, __clearTimeout = self.clearTimeout, __setInterval = self.setInterval, __clearInterval = self.clearInterval;
self.setTimeout = function (fn, ms) {
  var args = Array.prototype.slice.call(arguments, 2);
  var id = __setTimeout(function () { __pending.delete(id); if (typeof fn === "function") fn.apply(void 0, args); }, ms);
  __pending.add(id);
  return id;
};
self.clearTimeout = function (id) { __pending.delete(id); __clearTimeout(id); };
self.setInterval = function () { var id = __setInterval.apply(self, arguments); __pending.add(id); return id; };
self.clearInterval = function (id) { __pending.delete(id); __clearInterval(id); };
self.addEventListener("error", function (event) { __out("Uncaught " + (event.error !== undefined ? __format(event.error, 1).replace(/^"|"$/g, "") : event.message)); event.preventDefault(); });
self.addEventListener("unhandledrejection", function (event) { __out("Uncaught (in promise) " + __format(event.reason, 0)); event.preventDefault(); });
var __runtime = ${runtimeSourceFor(RUNTIME_HELPERS)};
self.require = function (id) {
  if (id === "babel-plugin-slot-machine/runtime") return { __esModule: true, default: __runtime };
  throw new Error("Cannot find module '" + id + "' (the playground provides only babel-plugin-slot-machine/runtime)");
};
// Settled after two turns in a row with no timer pending: the second turn lets the browser
// deliver "unhandledrejection" (queued once the promise jobs ran) before the run ends.
var __idleTurns = 0;
var __settle = function () {
  __idleTurns = __pending.size === 0 ? __idleTurns + 1 : 0;
  if (__idleTurns >= 2) postMessage({ type: "done" }); else __setTimeout(__settle, __idleTurns === 0 ? 5 : 0);
};
`;
  // The script runs as its own global code (indirect eval), so its top-level declarations
  // behave as in a classic script; a throw is reported like an uncaught error.
  return `${prelude}
try { (0, eval)(${JSON.stringify(script)}); } catch (error) { __out("Uncaught " + __format(error, 1).replace(/^"|"$/g, "")); }
__setTimeout(__settle, 0);
`;
}

/** Runs `script` in a fresh worker; resolves when it settles or after `limitMs`. */
export function runScript(script: string, limitMs: number): Promise<RunResult> {
  const started = performance.now();
  const lines: string[] = [];
  return new Promise((resolve) => {
    let worker: Worker;
    let url = "";
    try {
      url = URL.createObjectURL(new Blob([workerSource(script)], { type: "text/javascript" }));
      worker = new Worker(url);
    } catch (error) {
      resolve({ lines: [`cannot start a worker: ${error instanceof Error ? error.message : String(error)}`], end: "failed to start", milliseconds: 0 });
      return;
    }
    const finish = (end: RunResult["end"]): void => {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      resolve({ lines, end, milliseconds: Math.round(performance.now() - started) });
    };
    const timer = setTimeout(() => finish("timed out"), limitMs);
    worker.onmessage = (event: MessageEvent<{ type: "line"; text: string } | { type: "done" }>) => {
      if (event.data.type === "line") lines.push(event.data.text);
      else finish("done");
    };
    worker.onerror = (event) => {
      // Reached only for errors the worker's own handler did not take (e.g. a syntax error
      // in the prelude): report it rather than wait for the time limit.
      event.preventDefault();
      lines.push(`worker error: ${event.message}`);
      finish("done");
    };
  });
}
