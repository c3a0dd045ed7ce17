/**
 * `npm run playground`: builds the playground page into playground/dist/ and serves it on
 * localhost; `--build-only` (what `npm run playground:build` and the browser test use) stops
 * after the build.
 *
 * The build bundles the compiled page script (dist/playground/src/main.js: the plugin's
 * compiled source and @babel/core, resolved with the "browser" condition, which swaps Babel's
 * config-file loading for its browser stubs; `node:path`, which Babel imports regardless, is
 * path-browserify) into ONE classic script, playground.js, and writes
 * index.html (the examples embedded as JSON) and style.css beside it. A classic script, not a
 * module: browsers refuse module scripts from file://, so the folder works opened from disk.
 *
 * Invariants: the bundle is not minified: the plugin cuts its inline runtime out of
 * `String(createRuntime)` by the `// @section` comments in that function's text
 * (src/runtime/sections.ts), which a minifier would strip. The output folder holds only what
 * the page needs and is rebuilt from scratch;
 * the server only serves files inside that folder, read-only, on 127.0.0.1.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { rollup } from "rollup";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import commonjsImport from "@rollup/plugin-commonjs";
import jsonImport from "@rollup/plugin-json";
import type { Plugin } from "rollup";
import { packageRoot } from "../test/harness/root.js";

// The plugin's types describe a CommonJS module (no "type": "module"), so TypeScript sees the
// namespace; Node loads its ES build, whose default export is the plugin function itself.
const commonjs = commonjsImport as unknown as typeof commonjsImport.default;
const json = jsonImport as unknown as typeof jsonImport.default;

/**
 * @babel/core 8 imports `node:path` even in its browser build (resolving option paths):
 * path-browserify, the POSIX implementation bundlers have long used, stands in for it.
 */
function browserPath(): Plugin {
  const shim = fileURLToPath(import.meta.resolve("path-browserify"));
  return {
    name: "slot-machine-playground-path",
    resolveId(source) {
      return source === "node:path" || source === "path" ? shim : null;
    },
  };
}


const root = packageRoot();
export const PLAYGROUND_DIST = path.join(root, "playground", "dist");

/** The examples, in the order the page lists them: the README's demo files, then one per area. */
const EXAMPLES: ReadonlyArray<{ file: string; title: string }> = [
  { file: "examples/two-loops.js", title: "README: two loops sharing a slot" },
  { file: "examples/big-buffer.js", title: "README demo: a big buffer dead before the first yield" },
  { file: "examples/fetch-with-cleanup.js", title: "README demo: async try/finally" },
  { file: "examples/paginate.js", title: "README demo: an async generator paging" },
  { file: "playground/examples/loops.js", title: "loops: a prime sieve" },
  { file: "playground/examples/try-finally.js", title: "try/finally: closing early" },
  { file: "playground/examples/yield-star.js", title: "yield*: delegating to a subtree" },
  { file: "playground/examples/async.js", title: "async functions and timers" },
  { file: "playground/examples/async-generator.js", title: "async generators: queued requests, return()" },
  { file: "playground/examples/for-await.js", title: "for await: generators, promises, break" },
];

/** JSON safe inside a <script> element: no `</script>`, no `<!--`. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export async function buildPlayground(): Promise<string> {
  const entry = path.join(root, "dist", "playground", "src", "main.js");
  if (!existsSync(entry)) throw new Error(`${path.relative(root, entry)} is missing: run \`npm run build\` first`);
  rmSync(PLAYGROUND_DIST, { recursive: true, force: true });
  mkdirSync(PLAYGROUND_DIST, { recursive: true });

  const bundle = await rollup({
    input: entry,
    plugins: [browserPath(), nodeResolve({ browser: true, exportConditions: ["browser"], preferBuiltins: false }), commonjs(), json()],
    onwarn(warning, warn) {
      // An import left unresolved would be an undefined global in the page: a module that
      // needs Node (the plugin must have none). Fail the build instead of shipping it.
      if (warning.code === "UNRESOLVED_IMPORT" || warning.code === "MISSING_GLOBAL_NAME" || warning.code === "MISSING_NODE_BUILTINS") {
        throw new Error(`the page cannot load a Node-only module: ${warning.message}`);
      }
      // Babel's own modules use `this` at top level and circular imports on purpose.
      if (warning.code === "CIRCULAR_DEPENDENCY" || warning.code === "THIS_IS_UNDEFINED") return;
      warn(warning);
    },
  });
  await bundle.write({
    file: path.join(PLAYGROUND_DIST, "playground.js"),
    format: "iife",
    // @babel/core's browser build still reads `process.env` (BABEL_ENV and friends) in a few
    // places; a page has no process, so the bundle gets an empty one of its own.
    intro: `var process = { env: {}, cwd: function () { return "/"; }, emitWarning: function () {} };`,
  });
  await bundle.close();

  const examples = EXAMPLES.map(({ file, title }) => ({
    name: path.basename(file, ".js"),
    title,
    code: readFileSync(path.join(root, file), "utf8"),
  }));
  const page = readFileSync(path.join(root, "playground", "index.html"), "utf8").replace("<!--EXAMPLES-->", () => jsonForScript(examples));
  writeFileSync(path.join(PLAYGROUND_DIST, "index.html"), page);
  writeFileSync(path.join(PLAYGROUND_DIST, "style.css"), readFileSync(path.join(root, "playground", "style.css")));
  return PLAYGROUND_DIST;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

export interface Served {
  address: string;
  close: () => Promise<void>;
}

/** Serves `folder` on 127.0.0.1:`port` (0: any free port). */
export function serveFolder(folder: string, port: number): Promise<Served> {
  const server = createServer((request, response) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400, { "content-type": "text/plain" }).end("bad request\n");
      return;
    }
    const file = path.join(folder, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(folder + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        address: typeof address === "object" && address !== null ? `http://127.0.0.1:${address.port}/` : String(address),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "build-only": { type: "boolean", default: false }, port: { type: "string", default: process.env.PORT ?? "8080" } },
  });
  const folder = await buildPlayground();
  const files = readdirSync(folder).sort().join(", ");
  console.log(`Playground built in ${path.relative(process.cwd(), folder) || "."}/ (${files}); open ${path.join(folder, "index.html")} from disk or serve the folder.`);
  if (values["build-only"]) return;
  let served: Served;
  try {
    served = await serveFolder(folder, Number(values.port));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    served = await serveFolder(folder, 0);
  }
  console.log(`Playground: ${served.address}  (Ctrl-C to stop)`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`playground: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
