/**
 * Where the test262 suite is on disk, and which files in it are tests.
 *
 * The suite comes from `TEST262_DIR` (a test262 checkout: it holds `harness/` and `test/`) or,
 * when that is unset, from the pinned tarball `../shared/test262/*.tar.gz` beside the package
 * root (or beside the nearest ancestor that has one, so a git worktree nested one level deeper
 * finds it too), extracted once into `node_modules/.cache/test262/<tarball name>/`.
 *
 * Invariants:
 * - A cache folder is used only when its extraction finished (a marker file is written last),
 *   so an interrupted extraction is redone, and a new tarball name extracts anew.
 * - `_FIXTURE` files are never tests (they are modules the tests import).
 * - Test paths are reported relative to the suite root with forward slashes
 *   (`test/language/...`), the form the expectations file uses.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export interface Suite {
  /** The folder holding `harness/` and `test/`. */
  root: string;
  /** Where it came from, for the report. */
  origin: string;
}

export class SuiteMissingError extends Error {}

function hasSuite(dir: string): boolean {
  return existsSync(join(dir, "harness", "assert.js")) && existsSync(join(dir, "test"));
}

/** `shared/test262` in the nearest ancestor of the package root that has it (default: `../shared/test262`). */
function sharedSuiteDir(packageRoot: string): string {
  for (let dir = dirname(packageRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "test262");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve(packageRoot, "..", "shared", "test262");
  }
}

/** Finds or extracts the suite; throws SuiteMissingError saying what to do when there is none. */
export function locateSuite(packageRoot: string, env: NodeJS.ProcessEnv = process.env): Suite {
  const fromEnv = env.TEST262_DIR;
  if (fromEnv !== undefined && fromEnv !== "") {
    const root = resolve(fromEnv);
    if (hasSuite(root)) return { root, origin: `TEST262_DIR=${root}` };
    if (hasSuite(join(root, "test262"))) return { root: join(root, "test262"), origin: `TEST262_DIR=${root}` };
    throw new SuiteMissingError(`TEST262_DIR=${fromEnv} holds no test262 suite (no harness/assert.js and test/ in it).`);
  }
  const sharedDir = sharedSuiteDir(packageRoot);
  const tarballs = existsSync(sharedDir) ? readdirSync(sharedDir).filter((name) => name.endsWith(".tar.gz")).sort() : [];
  const tarball = tarballs.at(-1);
  if (tarball === undefined) {
    throw new SuiteMissingError(
      `no test262 suite: set TEST262_DIR to a test262 checkout, or put the pinned tarball in ${sharedDir}/ (*.tar.gz).`,
    );
  }
  const cache = join(packageRoot, "node_modules", ".cache", "test262", tarball.replace(/\.tar\.gz$/, ""));
  const done = join(cache, ".extracted");
  const root = join(cache, "test262");
  if (!existsSync(done)) {
    rmSync(cache, { recursive: true, force: true });
    const partial = `${cache}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const tar = spawnSync("tar", ["-xzf", join(sharedDir, tarball), "-C", partial], { encoding: "utf8" });
    if (tar.status !== 0) {
      rmSync(partial, { recursive: true, force: true });
      throw new SuiteMissingError(`could not extract ${join(sharedDir, tarball)}: ${tar.stderr || tar.error?.message}`);
    }
    writeFileSync(join(partial, ".extracted"), `${tarball}\n`);
    renameSync(partial, cache);
  }
  if (!hasSuite(root)) throw new SuiteMissingError(`${tarball} does not hold test262/harness and test262/test`);
  return { root, origin: `${tarball} (extracted in ${relative(packageRoot, cache)})` };
}

/** Every test file under `test/`, relative to the suite root, sorted. */
export function listTests(suite: Suite): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js") && !entry.name.includes("_FIXTURE")) {
        found.push(relative(suite.root, full).split(sep).join("/"));
      }
    }
  };
  walk(join(suite.root, "test"));
  return found.sort();
}
