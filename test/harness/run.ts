/**
 * Runs one test program as a classic script in a fresh vm context and returns its trace: one
 * string per `print(...)` call, in order. Native and lowered runs of the same program go
 * through this same function, so any difference in their traces is a difference in the code.
 *
 * What the program sees: `print`, `console.log` (an alias of print, nothing else of console),
 * `gc` when the host was started with --expose-gc, and `nextTurn()` only when asked for (the
 * retention tests need a macrotask boundary: WeakRef targets touched in a job stay alive until
 * the job ends). No timers, no require, no process: a program that needs them is not
 * deterministic enough to be an oracle.
 *
 * Invariants:
 * - Every run of program code is bounded by vm's `timeout`; a timeout is a harness failure
 *   (thrown), never a trace line, so two runs that both hang do not "agree".
 * - A synchronous top-level exception becomes the trace line `uncaught <Name>: <message>`.
 * - The context has its own microtask queue (`microtaskMode: "afterEvaluate"`): the script's
 *   microtasks are drained inside the bounded evaluation, so an endless promise loop times out
 *   instead of hanging the host (a half-finished lowering produced exactly that once). Jobs
 *   that host callbacks (nextTurn) queue later are drained by a bounded empty evaluation after
 *   each host turn. Native and lowered runs use the same mode, so their orders compare fairly.
 *   The host waits turns until the program has been quiet (no pending nextTurn) for two turns.
 * - Unhandled promise rejections are recorded as `unhandled rejection <value>` lines. To see
 *   them, the host's own listeners (mocha's) are set aside during the run and restored after,
 *   so runs are serialized through one queue: two overlapping runs would steal each other's
 *   rejections.
 */
import vm from "node:vm";
import { formatArgs, formatValue } from "./format.js";

export interface RunOptions {
  /** Bound of the synchronous run (vm timeout) and of the whole run's wall-clock time. */
  timeoutMs?: number;
  /** Expose `nextTurn()`: a promise resolved on a later macrotask (setImmediate) of the host. */
  nextTurn?: boolean;
  /** Name shown in stack traces of the program. */
  filename?: string;
}

type HostGc = () => void;

let queue: Promise<unknown> = Promise.resolve();
const DRAIN = new vm.Script("void 0", { filename: "drain-microtasks" });

export function hostGc(): HostGc | undefined {
  const candidate = (globalThis as { gc?: unknown }).gc;
  return typeof candidate === "function" ? (candidate as HostGc) : undefined;
}

export function runProgram(code: string, options: RunOptions = {}): Promise<string[]> {
  const run = queue.then(() => runNow(code, options));
  queue = run.catch(() => undefined);
  return run;
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function runNow(code: string, options: RunOptions): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const trace: string[] = [];
  const print = (...args: unknown[]): void => {
    trace.push(formatArgs(args));
  };
  let pendingTurns = 0;
  let activity = 0;
  const sandbox: Record<string, unknown> = { print, console: { log: print } };
  const gc = hostGc();
  if (gc) sandbox.gc = gc;
  if (options.nextTurn) {
    sandbox.nextTurn = (): Promise<void> => {
      pendingTurns++;
      activity++;
      return new Promise((resolve) =>
        setImmediate(() => {
          pendingTurns--;
          resolve();
        }),
      );
    };
  }
  const context = vm.createContext(sandbox, { microtaskMode: "afterEvaluate" });
  const script = new vm.Script(code, { filename: options.filename ?? "program.js" });

  const saved = process.listeners("unhandledRejection");
  process.removeAllListeners("unhandledRejection");
  const onRejection = (reason: unknown): void => {
    trace.push(`unhandled rejection ${formatValue(reason)}`);
  };
  process.on("unhandledRejection", onRejection);
  try {
    try {
      script.runInContext(context, { timeout: timeoutMs });
    } catch (error) {
      if (isTimeout(error)) throw new Error(`program timed out after ${timeoutMs} ms (script and the microtasks it queued)`);
      trace.push(`uncaught ${formatValue(error)}`);
    }
    const deadline = Date.now() + timeoutMs;
    let quietTurns = 0;
    while (quietTurns < 2) {
      const before = activity;
      await turn();
      try {
        // Runs the jobs that host callbacks (nextTurn) queued in the context, under the bound.
        DRAIN.runInContext(context, { timeout: timeoutMs });
      } catch (error) {
        if (isTimeout(error)) throw new Error(`program timed out after ${timeoutMs} ms (microtasks)`);
        throw error;
      }
      quietTurns = pendingTurns === 0 && activity === before ? quietTurns + 1 : 0;
      if (Date.now() > deadline) throw new Error(`program did not settle within ${timeoutMs} ms`);
    }
    return trace;
  } finally {
    process.removeListener("unhandledRejection", onRejection);
    for (const listener of saved) process.on("unhandledRejection", listener);
  }
}

function isTimeout(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT"
  );
}
