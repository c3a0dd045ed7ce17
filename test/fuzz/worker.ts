/**
 * A fuzzing worker thread (scripts/fuzz.ts starts one per core): checks the program indices
 * the coordinator sends, one at a time, and reduces a failing one on request.
 *
 * Invariants: a worker holds no state between messages beyond Babel's and the plugin's
 * caches, so which worker checks an index never changes its verdict; every message gets
 * exactly one answer, and an exception in a check becomes a `fuzzer` verdict in the answer
 * rather than a dead worker.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkIndex, failureKind, failureSignature, reduceFailure, type Generation, type Lowering, type Reduction, type Verdict } from "./check.js";

export interface WorkerSetup {
  seed: number;
  generation: Generation;
  lowering: Lowering;
  shrinkBudget: number;
  minimizeBudget: number;
}

export type ToWorker = { type: "check"; index: number } | { type: "reduce"; index: number };

export type FromWorker =
  | { type: "checked"; index: number; ok: boolean; signature: string | null; kind: string | null; reason: string | null }
  | { type: "reduced"; index: number; reduction: Reduction };

function crashed(error: unknown): Verdict {
  return { ok: false, blame: "fuzzer", reason: `the check itself threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, code: "", loweredCode: null, native: null, lowered: null };
}

if (parentPort !== null) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  port.on("message", (message: ToWorker) => {
    void (async () => {
      if (message.type === "check") {
        const verdict = await checkIndex(setup.seed, message.index, setup.generation, setup.lowering).catch(crashed);
        const reason = verdict.ok ? null : (verdict.reason.split("\n")[0] ?? "");
        port.postMessage({ type: "checked", index: message.index, ok: verdict.ok, signature: failureSignature(verdict), kind: failureKind(verdict), reason } satisfies FromWorker);
      } else {
        const reduction = await reduceFailure(setup.seed, message.index, setup.generation, setup.lowering, {
          shrinkBudget: setup.shrinkBudget,
          minimizeBudget: setup.minimizeBudget,
        });
        port.postMessage({ type: "reduced", index: message.index, reduction } satisfies FromWorker);
      }
    })();
  });
}
