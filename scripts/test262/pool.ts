/**
 * Runs tests over a few worker processes (./worker.ts), one test per worker at a time, with a
 * time limit per test so that a hang (an endless loop, a job queue that never drains) costs one
 * test and not the run.
 *
 * Invariants:
 * - Every path given gets exactly one result.
 * - A worker that overruns the limit or dies is killed (by its own pid) and replaced; its test
 *   gets a result: a failure when its native runs had already passed (the lowered code hung or
 *   crashed), else an exclusion (it does not pass natively).
 * - Workers are replaced after `recycleAfter` tests, so memory held by thousands of realms
 *   cannot grow without bound.
 */
import { fork, type ChildProcess } from "node:child_process";
import type { TestResult } from "./results.js";
import type { WorkerAnswer, WorkerJob, WorkerProgress } from "./worker.js";

export interface PoolOptions {
  workerScript: string;
  suiteRoot: string;
  workers: number;
  timeoutMs: number;
  recycleAfter?: number;
  onResult?: (result: TestResult) => void;
}

/** One worker process and the test it is running. */
class Worker {
  readonly child: ChildProcess;
  done = 0;
  alive = true;
  private pending: { job: WorkerJob; nativePassed: boolean; settle: (result: TestResult) => void; timer: NodeJS.Timeout } | null = null;

  constructor(script: string, suiteRoot: string, private readonly timeoutMs: number) {
    this.child = fork(script, [suiteRoot], {
      execArgv: ["--experimental-vm-modules", "--expose-gc", "--no-warnings"],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    this.child.on("message", (message: WorkerAnswer | WorkerProgress) => {
      const pending = this.pending;
      if (!pending || message.id !== pending.job.id) return;
      if ("native" in message) {
        pending.nativePassed = true;
        return;
      }
      this.finish(message.result);
    });
    this.child.on("exit", () => {
      this.alive = false;
      const pending = this.pending;
      if (pending) this.finish(lost(pending.job, pending.nativePassed, "the worker process died"));
    });
  }

  run(job: WorkerJob): Promise<TestResult> {
    return new Promise((settle) => {
      const timer = setTimeout(() => {
        const pending = this.pending;
        if (!pending) return;
        this.finish(lost(pending.job, pending.nativePassed, `timed out after ${this.timeoutMs / 1000} s`));
        this.stop();
      }, this.timeoutMs);
      this.pending = { job, nativePassed: false, settle, timer };
      this.child.send(job);
    });
  }

  stop(): void {
    if (this.alive) this.child.kill("SIGKILL");
    this.alive = false;
  }

  private finish(result: TestResult): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    this.done++;
    pending.settle(result);
  }
}

function lost(job: WorkerJob, nativePassed: boolean, why: string): TestResult {
  return nativePassed
    ? { path: job.path, status: "fail", variants: [], failures: [{ variant: "any", phase: "timeout", error: why }] }
    : { path: job.path, status: "excluded", reason: `does not finish natively: ${why}` };
}

export async function runPool(paths: readonly string[], options: PoolOptions): Promise<TestResult[]> {
  const recycleAfter = options.recycleAfter ?? 1500;
  const results: TestResult[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    while (next < paths.length) {
      const job: WorkerJob = { id: next, path: paths[next]! };
      next++;
      if (!worker || !worker.alive || worker.done >= recycleAfter) {
        worker?.stop();
        worker = new Worker(options.workerScript, options.suiteRoot, options.timeoutMs);
      }
      const result = await worker.run(job);
      results.push(result);
      options.onResult?.(result);
    }
    worker?.stop();
  };
  const lanes = Math.max(1, Math.min(options.workers, paths.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
