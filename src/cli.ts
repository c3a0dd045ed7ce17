#!/usr/bin/env node
/**
 * The `slot-machine` command line.
 *
 *   slot-machine explain FILE... [--json]     the layout report of every lowered function
 *   slot-machine explain FILE... --html [-o OUT]   the same as one self-contained HTML page of
 *                                                  grids (../src/report/html.ts, the playground's)
 *   slot-machine FILE... [-o OUT] [--source-maps]   the lowered code
 *
 * Each file goes through `@babel/core`'s transformSync with this package's plugin only (no
 * babelrc, no config file, so what you see does not depend on the folder you run it in) and an
 * `onLayout` callback that collects the layouts the transform produced; `explain` renders those,
 * it never re-analyses anything. Files are parsed with `sourceType: "unambiguous"`: a file
 * without import/export is a script, so sloppy-mode code such as `with` parses and meets the
 * plugin's refusal (with a code frame) instead of a strict-mode syntax error.
 *
 * Invariants:
 * - Exit status: 0 when every file was handled, 1 when any file failed (missing, syntax error,
 *   a construct the plugin refuses, an internal error), 2 for a usage error. A failing file
 *   does not stop the others: each is reported, then the status says something failed.
 * - Errors a user can fix (unreadable file, syntax error, a refusal: ../errors.ts) print the
 *   message and code frame only, with the path relative to the working directory; an
 *   InternalError (../errors.ts) or anything else is a bug in the plugin and prints the code
 *   frame and the stack of what went wrong, so it can be reported.
 * - Output is deterministic: functions are listed in source order whatever order the plugin
 *   reports them in.
 * - `runCli` takes its streams, working directory and plugin as arguments so tests can drive it
 *   in-process; the process-level wiring at the bottom runs only when this file is the entry.
 */
import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { transformSync } from "@babel/core";
import type { PluginItem, PluginTarget } from "@babel/core";
import slotMachine from "./index.js";
import { isInternalError } from "./errors.js";
import type { FunctionLayout } from "./layout.js";
import type { SlotMachineOptions } from "./options.js";
import { formatLayoutText, renderLayoutPage, reportToJson } from "./report/index.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory relative paths are resolved against and shown relative to. */
  cwd: string;
  /** Whether Babel may colour code frames. */
  color: boolean;
  /** The Babel plugin to run; this package's plugin unless a test substitutes one. */
  plugin?: PluginTarget;
}

export const USAGE = `Usage:
  slot-machine explain FILE... [--json | --html [-o OUT]]
      Print, for every generator, async function and async generator in each FILE, which
      saved locals are live at which suspension point and in which slot.
  slot-machine FILE... [-o OUT] [--source-maps]
      Write the lowered code: to stdout without -o; to the file OUT with one input; into the
      directory OUT with several inputs (or when OUT ends with / or is a directory), keeping
      their paths relative to the inputs' common folder.

Options:
  --json              explain: print one JSON document (schema: src/report/json.ts)
  --html              explain: one self-contained HTML page with every function's grid,
                      each cell coloured by slot (to stdout, or to the file OUT with -o)
  -o, --out OUT       where to write the lowered code (or the --html page)
  --source-maps       write OUT.map next to each output file (inline when writing to stdout)
  -h, --help          show this help

Exit status: 0 success, 1 a file could not be read, parsed or lowered, 2 usage error.
`;

class UsageError extends Error {}

interface ParsedCommand {
  explain: boolean;
  files: string[];
  json: boolean;
  html: boolean;
  out: string | null;
  sourceMaps: boolean;
  help: boolean;
}

function parseCommand(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        html: { type: "boolean", default: false },
        out: { type: "string", short: "o" },
        "source-maps": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const explain = positionals[0] === "explain";
  const files = explain ? positionals.slice(1) : positionals;
  const command: ParsedCommand = {
    explain,
    files,
    json: values.json ?? false,
    html: values.html ?? false,
    out: values.out ?? null,
    sourceMaps: values["source-maps"] ?? false,
    help: values.help ?? false,
  };
  if (command.help) return command;
  if (files.length === 0) throw new UsageError(explain ? "explain needs at least one FILE" : "no input FILE given");
  if (explain && command.out !== null && !command.html) {
    throw new UsageError("-o/--out writes lowered code or, with explain --html, the page; explain prints to stdout");
  }
  if (command.json && command.html) throw new UsageError("--json and --html are two forms of the same report: pick one");
  if (!explain && command.html) throw new UsageError("--html applies to explain: slot-machine explain FILE... --html");
  if (explain && command.sourceMaps) throw new UsageError("--source-maps applies to writing code, not to explain");
  if (!explain && command.json) throw new UsageError("--json applies to explain: slot-machine explain FILE... --json");
  return command;
}

interface Lowered {
  code: string;
  map: object | null;
  layouts: FunctionLayout[];
}

/** A failure tied to one input file, already worded for the user. */
class FileError extends Error {}

/** Runs the command line; returns the exit status. */
export function runCli(argv: string[], io: CliIo): number {
  let command: ParsedCommand;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`slot-machine: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.help) {
    io.stdout(USAGE);
    return 0;
  }
  return command.explain ? explain(command, io) : writeCode(command, io);
}

function explain(command: ParsedCommand, io: CliIo): number {
  let status = 0;
  const all: FunctionLayout[] = [];
  const blocks: string[] = [];
  for (const file of command.files) {
    let lowered: Lowered;
    try {
      lowered = lower(file, io, { sourceMaps: false, outFile: null });
    } catch (error) {
      status = 1;
      reportFailure(file, error, io);
      continue;
    }
    all.push(...lowered.layouts);
    if (lowered.layouts.length === 0) {
      blocks.push(`${displayPath(file, io)}: nothing to lower (no generator, async function or async generator)`);
    } else {
      for (const layout of lowered.layouts) blocks.push(formatLayoutText(layout, { cwd: io.cwd }));
    }
  }
  if (command.json) {
    io.stdout(JSON.stringify(reportToJson(all, { cwd: io.cwd }), null, 2) + "\n");
  } else if (command.html) {
    const page = renderLayoutPage(reportToJson(all, { cwd: io.cwd }), `slot-machine layouts: ${command.files.map((f) => displayPath(f, io)).join(", ")}`);
    if (command.out === null) {
      io.stdout(page);
    } else {
      const target = path.resolve(io.cwd, command.out);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, page);
    }
  } else if (blocks.length > 0) {
    io.stdout(blocks.join("\n\n") + "\n");
  }
  return status;
}

function writeCode(command: ParsedCommand, io: CliIo): number {
  const absFiles = command.files.map((file) => path.resolve(io.cwd, file));
  const targets = outputTargets(absFiles, command.out, io.cwd);
  let status = 0;
  command.files.forEach((file, i) => {
    const target = targets[i] ?? null;
    try {
      if (target !== null && target === absFiles[i]) {
        throw new FileError(`${displayPath(file, io)}: refusing to overwrite the input with its output`);
      }
      const lowered = lower(file, io, { sourceMaps: command.sourceMaps, outFile: target });
      if (target === null) {
        const header = command.files.length > 1 ? `// ${displayPath(file, io)}\n` : "";
        io.stdout(header + lowered.code + "\n");
        return;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      let code = lowered.code;
      if (lowered.map !== null) {
        const mapFile = `${target}.map`;
        writeFileSync(mapFile, JSON.stringify(lowered.map) + "\n");
        code += `\n//# sourceMappingURL=${path.basename(mapFile)}`;
      }
      writeFileSync(target, code + "\n");
    } catch (error) {
      status = 1;
      reportFailure(file, error, io);
    }
  });
  return status;
}

/**
 * Where each input's code goes: null for stdout; the file OUT for a single input (unless OUT
 * names a directory); otherwise OUT/<path relative to the inputs' common folder>.
 */
function outputTargets(absFiles: string[], out: string | null, cwd: string): (string | null)[] {
  if (out === null) return absFiles.map(() => null);
  const absOut = path.resolve(cwd, out);
  const isDirectory = absFiles.length > 1 || /[\\/]$/.test(out) || existingDirectory(absOut);
  if (!isDirectory) return [absOut];
  const base = commonFolder(absFiles.map((file) => path.dirname(file)));
  return absFiles.map((file) => path.join(absOut, path.relative(base, file)));
}

function existingDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function commonFolder(folders: string[]): string {
  const split = folders.map((folder) => folder.split(path.sep));
  const first = split[0] ?? [];
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}

function lower(file: string, io: CliIo, output: { sourceMaps: boolean; outFile: string | null }): Lowered {
  const filename = path.resolve(io.cwd, file);
  let code: string;
  try {
    code = readFileSync(filename, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : errorMessage(error);
    throw new FileError(`${displayPath(file, io)}: cannot read: ${reason}`);
  }
  const layouts: FunctionLayout[] = [];
  const options: SlotMachineOptions = { report: false, onLayout: (layout) => layouts.push(layout) };
  const plugin: PluginItem = [io.plugin ?? slotMachine, options];
  const sourceMaps = !output.sourceMaps ? false : output.outFile === null ? "inline" : true;
  const result = transformSync(code, {
    filename,
    cwd: io.cwd,
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    highlightCode: io.color,
    sourceMaps,
    sourceFileName:
      output.outFile === null ? displayPath(file, io) : toUrlPath(path.relative(path.dirname(output.outFile), filename)),
    plugins: [plugin],
  });
  if (result === null || result.code === null) throw new FileError(`${displayPath(file, io)}: Babel produced no output`);
  let map: object | null = null;
  if (sourceMaps === true && result.map) {
    map = { ...result.map, file: path.basename(output.outFile ?? filename) };
  }
  return { code: result.code, map, layouts: layouts.sort(bySourceOrder) };
}

function bySourceOrder(a: FunctionLayout, b: FunctionLayout): number {
  if (a.loc === null || b.loc === null) return (a.loc === null ? 1 : 0) - (b.loc === null ? 1 : 0);
  return a.loc.line - b.loc.line || a.loc.column - b.loc.column;
}

function reportFailure(file: string, error: unknown, io: CliIo): void {
  if (error instanceof FileError) {
    io.stderr(`slot-machine: ${error.message}\n`);
    return;
  }
  const absolute = path.resolve(io.cwd, file);
  const shown = displayPath(file, io);
  if (error instanceof SyntaxError && !isInternalError(error)) {
    // Babel prefixes the absolute filename; the path the user typed reads better.
    const message = error.message.startsWith(`${absolute}: `)
      ? `${shown}: ${error.message.slice(absolute.length + 2)}`
      : `${shown}: ${error.message}`;
    io.stderr(`slot-machine: ${message.trimEnd()}\n`);
    return;
  }
  // A bug: the plugin's InternalError (code frame in its message, the original error as its
  // cause) or anything else that escaped. The stack that matters is the cause's.
  let detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const cause = isInternalError(error) ? (error as Error & { cause?: unknown }).cause : undefined;
  if (cause instanceof Error) detail = `${(error as Error).message.trimEnd()}\n\nCaused by: ${cause.stack ?? cause.message}`;
  io.stderr(`slot-machine: internal error while lowering ${shown}; please report it with this file.\n${detail}\n`);
}

function displayPath(file: string, io: CliIo): string {
  const relative = path.relative(io.cwd, path.resolve(io.cwd, file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : toUrlPath(relative);
}

function toUrlPath(p: string): string {
  return p.split(path.sep).join("/");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (`slot-machine explain x.js | head`) is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: process.stderr.isTTY === true,
  });
}
