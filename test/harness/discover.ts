/**
 * Finds test programs (`*.js`) under a folder of the package, sorted, so test order and names
 * are stable. Programs are read from the source tree (tsc does not copy .js files into dist).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { packageRoot } from "./root.js";

export interface ProgramFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the package root, with forward slashes (used as the Babel filename). */
  relativePath: string;
  /** Folder relative to the searched folder ("" for files directly in it). */
  group: string;
  /** File name without `.js`. */
  name: string;
  code: string;
}

export function discoverPrograms(folderFromRoot: string): ProgramFile[] {
  const root = packageRoot();
  const base = join(root, folderFromRoot);
  const files: ProgramFile[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(".js")) {
        files.push({
          path: full,
          relativePath: relative(root, full).split(sep).join("/"),
          group: relative(base, dir).split(sep).join("/"),
          name: entry.name.slice(0, -3),
          code: readFileSync(full, "utf8"),
        });
      }
    }
  };
  walk(base);
  return files;
}
