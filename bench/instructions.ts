/**
 * `--instructions`: what one operation costs an engine, counted instead of timed. Each
 * script runs once under valgrind's callgrind, which counts the machine instructions the
 * engine's process executes; the count does not depend on the machine's load or clock, so
 * two lowerings compare exactly on a shared machine, and a change to the emitted shape or
 * the runtime shows up as a number that moves for that reason alone.
 *
 * Per operation = (count at n operations − count at n/10) / (0.9 n): the difference cancels
 * the engine's start-up, the parsing of the script and the harness's own work.
 *
 * Invariants: valgrind is an optional system package; without it the caller prints how to
 * install it and measures nothing. A run that fails yields an error, never a count.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand, type SpawnReply } from "./spawn.js";
import type { ChildReply } from "./protocol.js";

export const VALGRIND_INSTALL = "apt-get install -y valgrind";

/** valgrind's version line, or null when it is not installed. */
export function valgrindVersion(): string | null {
  const probe = spawnSync("valgrind", ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

/** The instructions one run of `executable args` executes, and its reply. */
async function countRun(executable: string, args: readonly string[], timeoutMs: number): Promise<SpawnReply<{ reply: ChildReply; instructions: number }>> {
  const dir = mkdtempSync(join(tmpdir(), "slot-machine-callgrind-"));
  const out = join(dir, "callgrind.out");
  try {
    const run = await runCommand<ChildReply>("valgrind", ["--tool=callgrind", `--callgrind-out-file=${out}`, executable, ...args], { timeoutMs });
    if (!run.ok) return run;
    // callgrind's profile ends with "summary: N" (older versions: "totals: N").
    const total = /^(?:summary|totals): (\d+)/m.exec(readFileSync(out, "utf8"));
    if (total === null) return { ok: false, error: "callgrind wrote no instruction total" };
    return { ok: true, value: { reply: run.value, instructions: Number(total[1]) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Instructions per operation of a workload script built twice, for `size` and `size / 10`
 * operations. The reply is the large run's (its checksum is the one checked).
 */
export async function instructionsPerOperation(
  executable: string,
  argsFor: (script: string) => string[],
  scripts: { large: string; small: string },
  size: number,
  timeoutMs: number,
): Promise<SpawnReply<{ reply: ChildReply; perOperation: number }>> {
  const large = await countRun(executable, argsFor(scripts.large), timeoutMs);
  if (!large.ok) return large;
  if (!large.value.reply.ok) return { ok: true, value: { reply: large.value.reply, perOperation: NaN } };
  const small = await countRun(executable, argsFor(scripts.small), timeoutMs);
  if (!small.ok) return small;
  const smallSize = Math.floor(size / 10);
  const perOperation = (large.value.instructions - small.value.instructions) / (size - smallSize);
  return { ok: true, value: { reply: large.value.reply, perOperation } };
}
