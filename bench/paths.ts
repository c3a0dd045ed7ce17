/**
 * Where the benchmark finds things: the package root, the workload programs, the plugin
 * under test and the transform cache.
 *
 * Invariants: nothing here assumes how deep the compiled file sits under the root (sources
 * live in bench/, compiled files in <outDir>/bench/), so the root is found by walking up to
 * the nearest package.json. The plugin defaults to the build this file was compiled into
 * (<outDir>/src/index.js), so `tsc --outDir X` and `node X/bench/run.js` always pair the
 * runner with the plugin built alongside it.
 */
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest folder at or above `start` that holds a package.json. */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`bench: no package.json found above ${start}`);
    dir = parent;
  }
}

export const packageRoot: string = findPackageRoot();

/** Workload programs are plain JavaScript read at run time, never compiled by tsc. */
export const workloadDir: string = join(packageRoot, "bench", "workloads");

/** The plugin built next to this runner: <outDir>/bench/paths.js → <outDir>/src/index.js. */
export const defaultPluginPath: string = fileURLToPath(new URL("../src/index.js", import.meta.url));

/** Compiled child entries, siblings of this file in the same output folder. */
export const childScript: string = fileURLToPath(new URL("./child.js", import.meta.url));
export const prepareChildScript: string = fileURLToPath(new URL("./prepare-child.js", import.meta.url));

/** Shared across runs: entries are keyed by content hashes, so stale ones are never read. */
export const cacheDir: string = join(tmpdir(), "slot-machine-bench-cache");

/**
 * Version of an installed package, read from its package.json. Resolution starts at the
 * package root, the same place the variants import the package from.
 */
export function installedVersion(name: string): string {
  const manifest = join(packageRoot, "node_modules", name, "package.json");
  if (!existsSync(manifest)) return "?";
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown };
  return typeof parsed.version === "string" ? parsed.version : "?";
}
