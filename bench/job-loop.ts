/**
 * A job loop for an engine without Promise (Duktape), around the async workloads' scripts:
 * the Promise polyfill (core-js's es.promise, the same bundle `npm run test:engines` loads)
 * finds `queueMicrotask` and `setImmediate` when it loads and queues its jobs through them;
 * after the script the loop runs every queued microtask, then the next task, until both
 * queues are empty, which is what a host's event loop does after a script.
 *
 * Invariants: the hooks are removed from the global object once the polyfill has kept them,
 * so the program sees no name a plain ES5 engine lacks; every row of a workload (regenerator
 * and slot-machine alike) runs on the same polyfill and loop, so their ratio prices the
 * lowering, not the promises. ES5.1.
 */
import { POLYFILLS, polyfillBundle } from "../scripts/engines/polyfills.js";

const BEFORE_POLYFILL = `
var __benchJobs = { micro: [], tasks: [] };
(function (global) {
  global.queueMicrotask = function (job) { __benchJobs.micro.push(job); };
  global.setImmediate = function (callback) {
    var args = Array.prototype.slice.call(arguments, 1);
    __benchJobs.tasks.push(function () { callback.apply(undefined, args); });
    return __benchJobs.tasks.length;
  };
})(this);
`;

const AFTER_POLYFILL = `
delete this.queueMicrotask;
delete this.setImmediate;
`;

const DRAIN = `
(function () {
  for (;;) {
    while (__benchJobs.micro.length > 0) __benchJobs.micro.shift()();
    if (__benchJobs.tasks.length === 0) return;
    __benchJobs.tasks.shift()();
  }
})();
`;

/** `script` with a Promise polyfill loaded before it and its jobs run after it. */
export async function withJobLoop(script: string): Promise<string> {
  const promise = POLYFILLS.duktape.filter((polyfill) => polyfill.module === "es.promise");
  return [BEFORE_POLYFILL, await polyfillBundle(promise), AFTER_POLYFILL, script, DRAIN].join("\n");
}
