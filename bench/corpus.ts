/**
 * The real-code corpora: reading an installed package's files, bringing them to the common
 * input every lowering starts from (ES5 except generators and async functions, see
 * loadEs5ExceptGenerators), and measuring what a lowering's output costs in bytes (raw,
 * minified with terser, minified then gzipped).
 *
 * Invariants: files are read in sorted order so sizes and timings are reproducible; sizes
 * are summed per file because each file carries its own inlined helpers, the way a
 * per-module build ships them; lines are counted on the original source, so "ms per 1,000
 * lines" means the same amount of source for every variant; the common input is computed
 * once and cached under a hash of the sources and of the preset-env version.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { cacheDir, packageRoot } from "./paths.js";
import { es5Fingerprint, loadEs5ExceptGenerators } from "./downlevel.js";
import type { CorpusWorkload } from "./workloads.js";

export interface CorpusFile {
  /** Path relative to the package root, e.g. node_modules/@babel/core/lib/index.js. */
  name: string;
  code: string;
  lines: number;
}

export function corpusFolder(workload: CorpusWorkload): string {
  return join(packageRoot, "node_modules", workload.packageName, workload.folder);
}

export function loadCorpus(workload: CorpusWorkload): CorpusFile[] {
  const files: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith(".js") && !entry.endsWith(".min.js")) {
        const code = readFileSync(path, "utf8");
        files.push({ name: relative(packageRoot, path), code, lines: countLines(code) });
      }
    }
  };
  walk(corpusFolder(workload));
  if (files.length === 0) throw new Error(`${workload.name}: no .js files under ${corpusFolder(workload)}`);
  return files;
}

/**
 * The corpus as every lowering receives it, written to the cache folder as JSON (the path is
 * what the measuring child is handed). Throws when preset-env cannot process a file.
 */
export async function prepareCorpusInput(
  workload: CorpusWorkload,
  fresh: boolean,
): Promise<{ path: string; files: CorpusFile[] }> {
  const originals = loadCorpus(workload);
  const hash = createHash("sha256").update(es5Fingerprint);
  for (const file of originals) hash.update(file.name).update("\0").update(file.code).update("\0");
  const path = join(cacheDir, `${workload.name}.input.${hash.digest("hex").slice(0, 16)}.json`);
  if (!fresh && existsSync(path)) return { path, files: readCorpusInput(path) };
  const es5ExceptGenerators = await loadEs5ExceptGenerators();
  const files = originals.map((file) => ({
    name: file.name,
    code: es5ExceptGenerators(file.code, { filename: file.name, module: workload.module }),
    lines: file.lines,
  }));
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(files));
  renameSync(temporary, path);
  return { path, files };
}

export function readCorpusInput(path: string): CorpusFile[] {
  return JSON.parse(readFileSync(path, "utf8")) as CorpusFile[];
}

function countLines(code: string): number {
  let lines = 1;
  for (let i = code.indexOf("\n"); i !== -1; i = code.indexOf("\n", i + 1)) lines++;
  return code.endsWith("\n") ? lines - 1 : lines;
}

export interface Sizes {
  raw: number;
  minified: number;
  gzipped: number;
}

/** Sizes of a set of output files, each minified and compressed on its own. */
export async function measureSizes(outputs: readonly string[], module: boolean): Promise<Sizes> {
  const { minify } = await import("terser");
  const sizes: Sizes = { raw: 0, minified: 0, gzipped: 0 };
  for (const code of outputs) {
    sizes.raw += Buffer.byteLength(code);
    const min = await minify(code, { module, compress: true, mangle: true });
    const minified = min.code ?? "";
    sizes.minified += Buffer.byteLength(minified);
    sizes.gzipped += gzipSync(minified, { level: 9 }).length;
  }
  return sizes;
}
