/**
 * `npm run test:engines`: every execution program of test/exec (test/exec/**\/*.js), lowered
 * by the plugin, runs on Hermes and on Duktape (each when installed) and must print the trace
 * native Node prints (the oracle, test/harness/run.ts). Programs an engine cannot run for a
 * reason outside the plugin are listed, with the reason, in test/engines/expectations.txt.
 *
 *   --engine NAME      hermes or duktape (repeatable; default both)
 *   --filter SUBSTRING only programs whose path contains it (repeatable: any of them)
 *   --prune            rewrite the expectations without entries that now pass or are stale
 *   --jobs N           engine processes at a time (default 2)
 *   --timeout SECONDS  limit per engine run (default 20)
 *
 * Per program and engine: the plugin lowers it (runtime inlined, as for an app bundle),
 * bench/downlevel.ts brings the output down to the syntax the engine parses (ES5 for Duktape;
 * for Hermes the syntax it lacks, block scoping included; TDZ checks for both, which have
 * none), and script.ts frames it with the print formatter, the engine's setup and polyfills.
 * The `// @es5` programs reach Duktape exactly as the plugin emits them, with no Babel step:
 * the plugin's own ES5 output, run by an ES5 engine.
 *
 * Unexpected, and failing the run: a program that fails and is not listed; a listed program
 * that passes; an entry naming no program (stale). An engine that is not installed prints
 * one line saying how to install it and is not a failure. Closing line: `N passed, N failed`,
 * "failed" counting the unexpected results. Exit status 0 when nothing was unexpected, 1
 * otherwise, 2 on a usage error.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FOREIGN_ENGINES, type ForeignEngine, type ForeignEngineName } from "../../bench/engines.js";
import { loadDownlevelFor, type Downlevel } from "../../bench/downlevel.js";
import { runProcess } from "../../bench/spawn.js";
import { discoverPrograms, lowerWithPlugin, parseDirectives, runProgram, traceDiff, type ProgramFile } from "../../test/harness/index.js";
import { packageRoot } from "../../test/harness/root.js";
import { pruned, readExpectations, writeExpectations } from "../test262/expectations.js";
import { engineFrame, type EngineFrame } from "./script.js";
import { formatReport, judge, unexpectedCount, type Outcome } from "./verdict.js";

interface Options {
  engines: ForeignEngineName[];
  filters: string[];
  prune: boolean;
  jobs: number;
  timeoutMs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { engines: [], filters: [], prune: false, jobs: 2, timeoutMs: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--engine") {
      const name = value();
      if (name !== "hermes" && name !== "duktape") throw new Error(`--engine must be hermes or duktape, got ${name}`);
      options.engines.push(name);
    } else if (arg === "--filter") options.filters.push(value());
    else if (arg === "--prune") options.prune = true;
    else if (arg === "--jobs") options.jobs = Number.parseInt(value(), 10);
    else if (arg === "--timeout") options.timeoutMs = Number.parseFloat(value()) * 1000;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.engines.length === 0) options.engines = ["hermes", "duktape"];
  if (!(options.jobs >= 1) || !(options.timeoutMs > 0)) throw new Error("--jobs and --timeout must be positive");
  return options;
}

/** One program ready for the engines: native Node's trace and the plugin's output (or why not). */
interface Prepared {
  program: ProgramFile;
  native: string[];
  lowered: string | Error;
  /** Marked `// @es5`: ES5 plus generators in, ES5 out (test/harness/directives.ts). */
  es5: boolean;
}

/** Writes the scripts of one run as `<base>.<n>.js` and returns the engine's arguments. */
function writeScripts(engine: ForeignEngine, base: string, scripts: readonly string[]): { files: string[]; args: string[] } {
  const files = scripts.map((text, index) => {
    const file = scripts.length === 1 ? `${base}.js` : `${base}.${index}.js`;
    writeFileSync(file, text);
    return file;
  });
  const args = files.length === 1 ? engine.args(files[0]!) : engine.scriptsArgs!(files);
  return { files, args: [...engine.microtaskFlags, ...args] };
}

/** A program's scripts are named after its path: test/exec/a/b.js → test__exec__a__b(.n).js. */
function scriptName(program: ProgramFile): string {
  return program.relativePath.replace(/\.js$/, "").replace(/[/\\]/g, "__");
}

/** Runs one script; stdout lines are the trace, a crash or timeout ends it with a marker line. */
async function runEngine(executable: string, args: readonly string[], timeoutMs: number): Promise<string[]> {
  const { stdout, stderr, code, signal, timedOut } = await runProcess(executable, args, { timeoutMs });
  const trace = stdout.split("\n");
  if (trace[trace.length - 1] === "") trace.pop();
  if (timedOut) trace.push(`<engine timed out after ${timeoutMs / 1000} s>`);
  else if (code !== 0) {
    const why = stderr.trim().split("\n").slice(0, 2).join(" | ").slice(0, 300);
    trace.push(`<engine exited with ${signal ?? code}: ${why}>`);
  }
  return trace;
}

/** Runs `work` over `items` with at most `limit` at a time, results in input order. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
}

function sameTrace(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** The first differing line of two traces, for one-line listings. */
function firstDifference(native: readonly string[], engine: readonly string[]): string {
  let i = 0;
  while (i < native.length && i < engine.length && native[i] === engine[i]) i++;
  return `line ${i}: native ${JSON.stringify(native[i] ?? "<end>")}, engine ${JSON.stringify(engine[i] ?? "<end>")}`;
}

/** How a third trace compares with native's and the engine's. */
function compared(trace: readonly string[], native: readonly string[], engine: readonly string[]): string {
  if (sameTrace(trace, native)) return "as native";
  if (sameTrace(trace, engine)) return "as on the engine";
  return `unlike both (${firstDifference(native, trace)})`;
}

/**
 * Where a difference comes from, for whoever sorts failures: the exact program the engine
 * ran (lowered and brought down) run on Node, which tells a difference made by the
 * bring-down step (Babel) from one made by the engine; and, on an engine with generators
 * and async functions, the source run on the engine without the plugin, which tells an
 * engine's own behaviour (its Promise, its function objects) from the plugin's output.
 */
async function diagnose(
  engine: ForeignEngine,
  executable: string,
  frame: EngineFrame,
  downlevel: Downlevel | null,
  program: ProgramFile,
  code: string,
  native: readonly string[],
  trace: readonly string[],
  timeoutMs: number,
): Promise<string> {
  const clues: string[] = [];
  try {
    clues.push(`node runs the engine's program ${compared(await runProgram(code, { filename: program.relativePath }), native, trace)}`);
  } catch (error) {
    clues.push(`node cannot run the engine's program: ${firstLine(error)}`);
  }
  if (engine.has.size > 0) {
    try {
      const source = downlevel === null ? program.code : downlevel(program.code, { filename: program.relativePath, module: false });
      const base = join(tmpdir(), "slot-machine-engine-tests", engine.name, `unlowered__${scriptName(program)}`);
      const unlowered = await runEngine(executable, writeScripts(engine, base, frame.scripts(source)).args, timeoutMs);
      clues.push(`${engine.name} runs the source unlowered ${compared(unlowered, native, trace)}`);
    } catch (error) {
      clues.push(`the source cannot be brought down for ${engine.name}: ${firstLine(error)}`);
    }
  }
  return clues.join("; ");
}

async function runOnEngine(
  engine: ForeignEngine,
  executable: string,
  programs: readonly Prepared[],
  options: Options,
): Promise<Outcome[]> {
  const frame = await engineFrame(engine);
  const downlevel = await loadDownlevelFor(engine, { tdz: true });
  const folder = join(tmpdir(), "slot-machine-engine-tests", engine.name);
  mkdirSync(folder, { recursive: true });
  if (frame.polyfills.length > 0) {
    console.log(`${engine.name}: polyfills (core-js) for ${frame.polyfills.map((polyfill) => polyfill.builtIn).join(", ")}`);
  }
  return pool(programs, options.jobs, async ({ program, native, lowered, es5 }) => {
    const key = `${engine.name} ${program.relativePath}`;
    const outcome: Outcome = { key, engine: engine.name, program, failure: null, script: null };
    let scripts: string[];
    let code: string;
    try {
      if (lowered instanceof Error) throw lowered;
      // An @es5 program's output is ES5 as the plugin emits it: an ES5 engine runs it untouched.
      code = downlevel === null || (es5 && engine.es5) ? lowered : downlevel(lowered, { filename: program.relativePath, module: false });
      scripts = frame.scripts(code);
    } catch (error) {
      outcome.failure = `could not build the script: ${firstLine(error)}`;
      return outcome;
    }
    const written = writeScripts(engine, join(folder, scriptName(program)), scripts);
    outcome.script = written.files.join(" ");
    const trace = await runEngine(executable, written.args, options.timeoutMs);
    if (!sameTrace(native, trace)) {
      const clues = await diagnose(engine, executable, frame, downlevel, program, code, native, trace, options.timeoutMs);
      outcome.failure = `${firstDifference(native, trace)}; ${clues}\n${traceDiff(native, trace, ["native", engine.name])}`;
    }
    return outcome;
  });
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`test:engines: ${firstLine(error)}`);
    return 2;
  }
  const started = Date.now();
  const root = packageRoot();
  const expectationsFile = join(root, "test", "engines", "expectations.txt");
  const expectations = readExpectations(expectationsFile);
  const inScope = (path: string): boolean => options.filters.length === 0 || options.filters.some((filter) => path.includes(filter));

  const engines: { engine: ForeignEngine; executable: string }[] = [];
  for (const name of options.engines) {
    const engine = FOREIGN_ENGINES[name];
    const found = engine.locate();
    if (found === null) console.log(`test:engines: ${name} skipped: not installed; install it with: ${engine.install}`);
    else {
      console.log(`test:engines: ${name}: ${found.version}${engine.microtaskFlags.length > 0 ? ` ${engine.microtaskFlags.join(" ")}` : ""}`);
      engines.push({ engine, executable: found.executable });
    }
  }

  // Refused programs never run; skipped ones are pending with their own note (exec.test.ts).
  const programs = discoverPrograms("test/exec").filter((program) => {
    const directives = parseDirectives(program.code, program.relativePath);
    return directives.refuse === null && directives.skip === null && inScope(program.relativePath);
  });
  const prepared: Prepared[] = [];
  if (engines.length > 0) {
    for (const program of programs) {
      const native = await runProgram(program.code, { filename: program.relativePath });
      let lowered: string | Error;
      try {
        lowered = lowerWithPlugin(program.code, program.relativePath).code;
      } catch (error) {
        lowered = error instanceof Error ? error : new Error(String(error));
      }
      prepared.push({ program, native, lowered, es5: parseDirectives(program.code, program.relativePath).es5 });
    }
  }

  const outcomes: Outcome[] = [];
  for (const { engine, executable } of engines) outcomes.push(...(await runOnEngine(engine, executable, prepared, options)));

  let verdict = judge(outcomes, expectations, engines.map(({ engine }) => engine.name), inScope);
  if (engines.length > 0) console.log(`\n${formatReport(outcomes, verdict, expectations)}`);
  if (options.prune && verdict.prunable.size > 0) {
    const kept = pruned(expectations, verdict.prunable);
    writeExpectations(expectationsFile, kept);
    console.log(`\n--prune: removed ${verdict.prunable.size} entries from ${expectationsFile}`);
    verdict = judge(outcomes, kept, engines.map(({ engine }) => engine.name), inScope);
  }
  const unexpected = unexpectedCount(verdict);
  console.log(`\n${programs.length} programs on ${engines.length === 0 ? "no engine" : engines.map(({ engine }) => engine.name).join(" and ")}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${verdict.passed} passed, ${unexpected} failed`);
  return unexpected === 0 ? 0 : 1;
}

process.exitCode = await main();
