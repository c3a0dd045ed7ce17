/**
 * The JavaScript engines a benchmark can run on besides the Node that runs the runner:
 * where each one's binary comes from, how it is invoked, and which generator/async syntax it
 * has natively.
 *
 *   node     the default: everything in run.ts (child processes of this Node, V8)
 *   hermes   React Native's engine, from the pinned devDependency hermes-engine-cli
 *            (`hermes -O file.js`): generators and async functions, no async generators
 *   duktape  an ES5.1 interpreter, Debian's `duktape` package (`duk file.js`): none of the
 *            three, and no Promise
 *
 * Shared by the benchmark (`--engine`) and by `npm run test:engines` (scripts/engines/).
 *
 * Invariants: an engine that is not installed is reported with how to install it, never
 * treated as a failure; `has` lists exactly the syntax the engine runs natively, so a native
 * row is never attempted where the engine would reject the program.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { installedVersion, packageRoot } from "./paths.js";
import type { TimeWorkload } from "./workloads.js";

export const ENGINE_NAMES = ["node", "hermes", "duktape"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
export type ForeignEngineName = Exclude<EngineName, "node">;

export interface ForeignEngine {
  name: ForeignEngineName;
  /** Syntax the engine runs natively. */
  has: ReadonlySet<TimeWorkload["needs"]>;
  /** A Promise and a job queue that drains after the script (async workloads need both). */
  promises: boolean;
  /** Output must be ES5.1 (the lowered program is brought down with preset-env). */
  es5: boolean;
  /**
   * preset-env transforms for the syntax a non-ES5 engine cannot parse, which its users
   * lower with Babel anyway (React Native's preset does for Hermes); see bench/downlevel.ts.
   */
  missingSyntax: readonly string[];
  /** Flags that make promise jobs run as ES microtasks, drained before any timer. */
  microtaskFlags: readonly string[];
  /** How to install it, for the line printed when it is missing. */
  install: string;
  /** The binary and its version, or null when the engine is not installed. */
  locate(): { executable: string; version: string } | null;
  /** Command-line arguments that run one script file. */
  args(file: string): string[];
  /**
   * Command-line arguments that run several script files in order in one global object,
   * each its own script (its own hoisting and strictness), or null when the engine cannot.
   */
  scriptsArgs: ((files: readonly string[]) => string[]) | null;
}

function onPath(command: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : null;
}

/** Where hermes-engine-cli keeps the binary for each platform it ships one for (x64 only). */
const HERMES_BINARIES: Partial<Record<NodeJS.Platform, string>> = {
  linux: "linux64-bin/hermes",
  darwin: "osx-bin/hermes",
  win32: "win64-bin/hermes.exe",
};

const hermes: ForeignEngine = {
  name: "hermes",
  has: new Set(["generator", "async"]),
  promises: true,
  es5: false,
  // Hermes 0.12 parses none of these but block scoping, which it parses and ignores: its
  // let/const are function-scoped like var (no block scope, no per-iteration binding, no TDZ).
  missingSyntax: [
    "transform-block-scoping",
    "transform-classes",
    "transform-class-properties",
    "transform-private-methods",
    "transform-private-property-in-object",
    "transform-class-static-block",
    "transform-object-super",
    "transform-logical-assignment-operators",
  ],
  // Without it, promise jobs run as tasks after timers (and its rejection tracker, which
  // waits with setTimeout, reports rejections that are handled a job later).
  microtaskFlags: ["-Xmicrotask-queue"],
  install: "npm ci (hermes-engine-cli is a pinned devDependency with binaries for Linux x64, macOS and Windows x64)",
  locate() {
    const folder = HERMES_BINARIES[process.platform];
    if (folder === undefined) return null;
    const executable = join(packageRoot, "node_modules", "hermes-engine-cli", folder);
    if (!existsSync(executable)) return null;
    return { executable, version: `hermes-engine-cli ${installedVersion("hermes-engine-cli")}, hermes -O` };
  },
  args: (file) => ["-O", file],
  // Several files are accepted only as CommonJS modules.
  scriptsArgs: null,
};

const duktape: ForeignEngine = {
  name: "duktape",
  has: new Set(),
  promises: false,
  es5: true,
  missingSyntax: [],
  microtaskFlags: [],
  install: "apt-get install -y duktape (Debian's package; gives `duk`)",
  locate() {
    const executable = onPath("duk");
    if (executable === null) return null;
    // `duk` has no --version; its banner names the version when run interactively only.
    const banner = spawnSync(executable, [], { input: "", encoding: "utf8", timeout: 5000 });
    const match = /Duktape (v?[\d.]+)/.exec(`${banner.stdout}${banner.stderr}`);
    return { executable, version: `duk ${match?.[1] ?? "(version unknown)"} at ${executable}` };
  },
  args: (file) => [file],
  // `duk a.js b.js` runs each file as a script, in order; it stops at the first that throws.
  scriptsArgs: (files) => [...files],
};

export const FOREIGN_ENGINES: Readonly<Record<ForeignEngineName, ForeignEngine>> = { hermes, duktape };
