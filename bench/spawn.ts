/**
 * Runs a compiled bench entry (child.js, prepare-child.js) in a fresh Node process, or an
 * engine's binary, and reads back its one result line. `runProcess`, the spawning with a
 * timeout underneath, also runs the engines tests' scripts (scripts/engines/main.ts).
 *
 * Invariants: the request travels as one JSON argument and the reply as one stdout line
 * starting with RESULT_PREFIX; a child that crashes, prints no result or outlives its
 * timeout yields a failure with the tail of its output, never an exception, so one bad
 * variant cannot stop the run; the timeout kills only the process spawned here.
 */
import { spawn } from "node:child_process";
import { packageRoot } from "./paths.js";
import { RESULT_PREFIX } from "./protocol.js";

export type SpawnReply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SpawnOptions {
  timeoutMs: number;
  nodeFlags?: readonly string[];
  /** Pass the child's stderr through as it comes (progress of long preparations). */
  forwardStderr?: boolean;
}

export function runEntry<T>(script: string, request: unknown, options: SpawnOptions): Promise<SpawnReply<T>> {
  const { nodeFlags = [] } = options;
  return runCommand<T>(process.execPath, [...nodeFlags, script, JSON.stringify(request)], options);
}

/** What a finished process printed and how it ended. */
export interface ProcessOutcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed because it outlived its timeout. */
  timedOut: boolean;
}

/**
 * Runs `executable args` from the package root, collecting its output, killed (only it) after
 * `timeoutMs`. Never rejects: how the process ended is in the outcome.
 */
export function runProcess(
  executable: string,
  args: readonly string[],
  options: { timeoutMs: number; forwardStderr?: boolean },
): Promise<ProcessOutcome> {
  const { timeoutMs, forwardStderr = false } = options;
  return new Promise((resolve) => {
    const child = spawn(executable, args, {
      cwd: packageRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (forwardStderr) process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal, timedOut });
    });
  });
}

/**
 * Runs any program (a Node entry, or another engine's binary with a prepared script) and
 * reads back its one RESULT_PREFIX line, with the same failure rules as runEntry.
 */
export async function runCommand<T>(executable: string, args: readonly string[], options: SpawnOptions): Promise<SpawnReply<T>> {
  const { stdout, stderr, code, signal, timedOut } = await runProcess(executable, args, options);
  const line = stdout.split("\n").find((candidate) => candidate.startsWith(RESULT_PREFIX));
  if (line !== undefined && !timedOut) return { ok: true, value: JSON.parse(line.slice(RESULT_PREFIX.length)) as T };
  const why = timedOut ? `timed out after ${Math.round(options.timeoutMs / 1000)} s` : `exited with ${signal ?? code} and no result`;
  const tail = (stderr.trim() || stdout.trim()).split("\n").slice(-3).join(" | ").slice(0, 400);
  return { ok: false, error: `child ${why}${tail ? `: ${tail}` : ""}` };
}
