/**
 * Locates the package root. Compiled tests live one folder deeper than their sources
 * (dist-<x>/test/...), so no fixed relative path is right for both: we walk up from this
 * module until a package.json appears. Invariant: the result is an absolute directory that
 * contains package.json, computed once.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | null = null;

export function packageRoot(): string {
  if (cached !== null) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
