/**
 * Runs one workload file in its own `node` child process and returns what it printed.
 *
 * Invariants:
 * - Native and lowered runs go through this same function with the same flags and
 *   environment; only the file (and so the node_modules it resolves against) differs.
 * - A run is bounded by `timeoutMs`; a run that times out is reported as such, never as a
 *   trace, so two runs that both hang do not "agree".
 */
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";

export interface WorkloadRun {
  stdout: string;
  stderr: string;
  /** Exit code, or null when the process was killed (timeout or signal). */
  status: number | null;
  timedOut: boolean;
}

export function runWorkload(file: string, timeoutMs: number): WorkloadRun {
  const child = spawnSync(process.execPath, [file], {
    cwd: dirname(file),
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    // No colours or warnings that depend on the terminal or the machine.
    env: { ...process.env, NODE_NO_WARNINGS: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const timedOut = child.error !== undefined && (child.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
  return { stdout: child.stdout ?? "", stderr: child.stderr ?? "", status: child.status, timedOut };
}

/** The first line where two traces differ, with its neighbours; null when they are equal. */
export function firstDifference(native: string, lowered: string): string | null {
  if (native === lowered) return null;
  const a = native.split("\n");
  const b = lowered.split("\n");
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const from = Math.max(0, line - 3);
  const context = a.slice(from, line).map((text) => `    ${text}`);
  return [
    `first difference at trace line ${line + 1}:`,
    ...context,
    `  native:  ${a[line] ?? "<end of trace>"}`,
    `  lowered: ${b[line] ?? "<end of trace>"}`,
  ].join("\n");
}

/** The operation count a workload prints last (`workload: N operations`), or null. */
export function operationCount(trace: string): number | null {
  const match = /^workload: (\d+) operations$/m.exec(trace);
  return match ? Number(match[1]) : null;
}
