/**
 * Tests of the `slot-machine` command line.
 *
 * Three blocks: `runCli` in-process with a stand-in plugin (so argument handling, output
 * placement, source maps and every error path are checked without the core); the compiled CLI
 * spawned as a process (shebang, exit codes, streams); and the spawned CLI with the real
 * plugin's layouts and refusals, which fail until the core lowers functions.
 *
 * The stand-in plugin reports a layout per generator declaration, refuses `with` the way the
 * real plugin must (Babel's buildCodeFrameError), and fails on `debugger` with a TypeError to
 * play an internal bug. It reports layouts in reverse source order on purpose: the CLI must
 * sort them.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync, types as t } from "@babel/core";
import type { PluginObject, PluginPass, PluginTarget } from "@babel/core";
import slotMachine from "../src/index.js";
import { isInternalError, isRefusal } from "../src/errors.js";
import { runCli, USAGE } from "../src/cli.js";
import type { CliIo } from "../src/cli.js";
import type { FunctionLayout } from "../src/layout.js";
import type { SlotMachineOptions } from "../src/options.js";
import { packageRoot } from "./harness/root.js";


const root = packageRoot();
/** The compiled CLI next to this compiled test's tree: <outDir>/src/cli.js. */
const compiledCli = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), "src", "cli.js");

function standInPlugin(_api: unknown, rawOptions: object): PluginObject<PluginPass> {
  const options = rawOptions as SlotMachineOptions;
  const found: FunctionLayout[] = [];
  return {
    visitor: {
      Program: {
        exit() {
          for (const layout of found.reverse()) options.onLayout?.(layout);
        },
      },
      FunctionDeclaration(p, state) {
        if (!p.node.generator) return;
        const start = p.node.loc?.start;
        found.push({
          name: p.node.id?.name ?? "<anonymous>",
          kind: "generator",
          filename: state.filename ?? null,
          loc: start ? { line: start.line, column: start.column } : null,
          locals: [{ name: "n", emittedName: "n", temporary: false, slot: 0 }],
          suspensions: [
            { index: 0, kind: "start", loc: start ? { line: start.line, column: start.column } : null, live: [{ local: 0, slot: 0 }] },
            { index: 1, kind: "yield", loc: start ? { line: start.line + 1, column: 2 } : null, live: [{ local: 0, slot: 0 }] },
          ],
          slots: 1,
          lowerBound: 1,
          slotsWithoutSharing: 1,
          hoistedBindings: ["n"],
        });
      },
      WithStatement(p) {
        throw p.buildCodeFrameError("`with` inside a lowered function cannot be preserved");
      },
      DebuggerStatement() {
        throw new TypeError("stand-in internal failure");
      },
    },
  };
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

let work = "";

/**
 * The real plugin, handed a function its builder cannot take (a `for-of` without a left side,
 * put in place of `debugger;` before the plugin's traversal): a stand-in for a bug in the
 * lowering, so the CLI's report of an internal error is tested on the plugin's own error.
 */
function brokenInputPlugin(api: Parameters<typeof slotMachine>[0], options: object, dirname: string): PluginObject<PluginPass> {
  const real = slotMachine(api, options, dirname) as PluginObject<PluginPass>;
  return {
    ...real,
    pre(file) {
      file.path.traverse({
        DebuggerStatement(p) {
          p.replaceWith({ type: "ForOfStatement", left: null, right: t.identifier("xs"), body: t.blockStatement([t.expressionStatement(t.yieldExpression(null))]), await: false } as unknown as t.ForOfStatement);
          p.skip();
        },
      });
    },
  };
}

function run(args: string[], plugin: CliIo["plugin"] = standInPlugin): Run {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: work,
    color: false,
    plugin,
  };
  const status = runCli(args, io);
  return { status, stdout, stderr };
}

function write(relative: string, text: string): void {
  const file = path.join(work, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const GEN = "function* count(n) {\n  yield n;\n}\n";
const TWO = "function* a(n) {\n  yield n;\n}\nfunction* b(n) {\n  yield n;\n}\n";

describe("cli: runCli with a stand-in plugin", () => {
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), "slot-machine-cli-"));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("explain prints each function's table, in source order, with paths relative to cwd", () => {
    write("src/two.js", TWO);
    write("plain.js", "const x = 1;\n");
    const result = run(["explain", "src/two.js", "plain.js"]);
    assert.equal(result.stderr, "");
    assert.equal(result.status, 0);
    assert.equal(
      result.stdout,
      [
        "a (generator) src/two.js:1:0",
        "  local  slot  start  yield@2",
        "  n      s0    s0     s0",
        "  live         1      1",
        "slots: 1   lower bound: 1   without sharing: 1   regenerator keeps: 1 (n)",
        "",
        "b (generator) src/two.js:4:0",
        "  local  slot  start  yield@5",
        "  n      s0    s0     s0",
        "  live         1      1",
        "slots: 1   lower bound: 1   without sharing: 1   regenerator keeps: 1 (n)",
        "",
        "plain.js: nothing to lower (no generator, async function or async generator)",
        "",
      ].join("\n"),
    );
  });

  it("explain --html writes one page with every function's grid, to stdout or to -o", () => {
    write("one.js", GEN);
    write("two.js", TWO);
    const result = run(["explain", "one.js", "two.js", "--html"]);
    assert.equal(result.stderr, "");
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^<!doctype html>\n/);
    assert.match(result.stdout, /<style>[^]*\.sm-grid/);
    assert.doesNotMatch(result.stdout, /<script|<link|src=/, "self-contained: no script, no external resource");
    const sections = [...result.stdout.matchAll(/<section class="sm-layout" data-function="([^"]*)">/g)].map((m) => m[1]);
    assert.deepEqual(sections, ["count", "a", "b"]);
    assert.equal((result.stdout.match(/<table class="sm-grid">/g) ?? []).length, 3);
    const toFile = run(["explain", "one.js", "two.js", "--html", "-o", "out/layouts.html"]);
    assert.equal(toFile.status, 0);
    assert.equal(toFile.stdout, "");
    assert.equal(readFileSync(path.join(work, "out/layouts.html"), "utf8"), result.stdout);
    assert.equal(run(["explain", "one.js", "--html", "--json"]).status, 2);
    assert.equal(run(["one.js", "--html"]).status, 2);
  });

  it("explain --json prints one versioned document for all files", () => {
    write("one.js", GEN);
    write("two.js", TWO);
    const result = run(["explain", "one.js", "two.js", "--json"]);
    assert.equal(result.status, 0);
    const doc = JSON.parse(result.stdout) as { version: number; functions: { name: string; filename: string }[] };
    assert.equal(doc.version, 1);
    assert.deepEqual(
      doc.functions.map((f) => `${f.filename}:${f.name}`),
      ["one.js:count", "two.js:a", "two.js:b"],
    );
  });

  it("writes lowered code to stdout, with a header per file when there are several", () => {
    write("one.js", GEN);
    write("two.js", TWO);
    const single = run(["one.js"]);
    assert.equal(single.status, 0);
    assert.equal(single.stdout, GEN);
    const several = run(["one.js", "two.js"]);
    assert.equal(several.stdout, `// one.js\n${GEN}// two.js\n${TWO}`);
  });

  it("-o writes one input to a file, several into a directory under their common folder", () => {
    write("in/one.js", GEN);
    write("in/sub/two.js", TWO);
    assert.equal(run(["in/one.js", "-o", "out.js"]).status, 0);
    assert.equal(readFileSync(path.join(work, "out.js"), "utf8"), GEN);
    const result = run(["in/one.js", "in/sub/two.js", "-o", "dist"]);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, "");
    assert.equal(readFileSync(path.join(work, "dist/one.js"), "utf8"), GEN);
    assert.equal(readFileSync(path.join(work, "dist/sub/two.js"), "utf8"), TWO);
    assert.equal(run(["in/one.js", "-o", "single/"]).status, 0);
    assert.equal(readFileSync(path.join(work, "single/one.js"), "utf8"), GEN);
  });

  it("--source-maps writes OUT.map pointing back at the input, or inlines it on stdout", () => {
    write("in/one.js", GEN);
    assert.equal(run(["in/one.js", "-o", "out/one.js", "--source-maps"]).status, 0);
    const code = readFileSync(path.join(work, "out/one.js"), "utf8");
    assert.ok(code.endsWith("\n//# sourceMappingURL=one.js.map\n"), code);
    const map = JSON.parse(readFileSync(path.join(work, "out/one.js.map"), "utf8")) as {
      file: string;
      sources: string[];
      sourcesContent: string[];
      mappings: string;
    };
    assert.equal(map.file, "one.js");
    assert.deepEqual(map.sources, ["../in/one.js"]);
    assert.deepEqual(map.sourcesContent, [GEN]);
    assert.ok(map.mappings.length > 0);
    const inline = run(["in/one.js", "--source-maps"]);
    assert.match(inline.stdout, /\/\/# sourceMappingURL=data:application\/json;.*base64,/);
  });

  it("a missing file fails with exit 1 and the other files are still handled", () => {
    write("one.js", GEN);
    const result = run(["explain", "nope.js", "one.js"]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, "slot-machine: nope.js: cannot read: no such file\n");
    assert.match(result.stdout, /^count \(generator\) one\.js:1:0/);
  });

  it("a syntax error prints Babel's message and code frame with the relative path", () => {
    write("bad.js", "function* f() {\n  yield 1 +;\n}\n");
    const result = run(["bad.js"]);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, "");
    assert.equal(
      result.stderr,
      [
        "slot-machine: bad.js: Unexpected token (2:11)",
        "",
        "  1 | function* f() {",
        "> 2 |   yield 1 +;",
        "    |            ^",
        "  3 | }",
        "  4 |",
        "",
      ].join("\n"),
    );
  });

  it("a construct the plugin refuses prints its code frame, without a stack trace", () => {
    write("with.js", "function* f(o) {\n  with (o) { yield x; }\n}\n");
    const result = run(["explain", "with.js"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^slot-machine: with\.js: `with` inside a lowered function cannot be preserved/);
    assert.match(result.stderr, /> 2 \| {3}with \(o\) \{ yield x; \}/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });

  it("an internal error says so and keeps the stack for the bug report", () => {
    write("dbg.js", "debugger;\n");
    const result = run(["dbg.js"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^slot-machine: internal error while lowering dbg\.js; please report it/);
    assert.match(result.stderr, /TypeError: .*stand-in internal failure/);
    assert.match(result.stderr, /^\s+at /m);
  });

  it("an internal error of the real plugin is reported as a bug, with the code frame and the failing stack, not as the user's syntax error", () => {
    write("broken.js", "function* g(xs) {\n  debugger;\n  yield 1;\n}\n");
    const result = run(["broken.js"], brokenInputPlugin as unknown as CliIo["plugin"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^slot-machine: internal error while lowering broken\.js; please report it/);
    assert.match(result.stderr, /internal error while lowering g: .*This is a bug in the plugin/);
    assert.match(result.stderr, /> 1 \| function\* g\(xs\) \{/);
    assert.match(result.stderr, /Caused by: \w*Error: /);
    assert.match(result.stderr, /^\s+at .*dist\/src\//m);
  });

  it("the plugin's refusals and internal errors are told apart by class", () => {
    write("refused.js", "function* g(o) {\n  with (o) { yield x; }\n}\n");
    write("broken.js", "function* g(xs) {\n  debugger;\n  yield 1;\n}\n");
    const caught = (file: string, plugin: PluginTarget): unknown => {
      try {
        transformSync(readFileSync(path.join(work, file), "utf8"), { babelrc: false, configFile: false, sourceType: "script", plugins: [plugin] });
      } catch (error) {
        return error;
      }
      return null;
    };
    const refused = caught("refused.js", slotMachine);
    assert.ok(isRefusal(refused) && !isInternalError(refused) && refused instanceof SyntaxError, "a refusal is a SyntaxError of the user's code");
    const broken = caught("broken.js", brokenInputPlugin as unknown as PluginTarget);
    assert.ok(isInternalError(broken) && !isRefusal(broken) && !(broken instanceof SyntaxError), "an internal error is not the user's");
    assert.ok((broken as Error & { cause?: unknown }).cause instanceof Error, "it keeps what went wrong as its cause");
  });

  it("refuses to overwrite an input with its output", () => {
    write("one.js", GEN);
    const result = run(["one.js", "-o", "one.js"]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, "slot-machine: one.js: refusing to overwrite the input with its output\n");
    assert.equal(readFileSync(path.join(work, "one.js"), "utf8"), GEN);
  });

  it("usage errors exit 2 with the usage; --help exits 0", () => {
    for (const args of [[], ["explain"], ["--bogus", "a.js"], ["a.js", "--json"], ["explain", "a.js", "-o", "x"]]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(" "));
      assert.match(result.stderr, /^slot-machine: .+\n\nUsage:/, args.join(" "));
      assert.equal(result.stdout, "");
    }
    const help = run(["--help"]);
    assert.equal(help.status, 0);
    assert.equal(help.stdout, USAGE);
  });
});

function spawnCli(args: string[], cwd = root): Run {
  const result = spawnSync(process.execPath, [compiledCli, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SLOT_MACHINE_REPORT: "", FORCE_COLOR: "0" },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe("cli: the compiled command", () => {
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), "slot-machine-cli-"));
  });
  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("starts with a shebang so npm can link it as a bin", () => {
    assert.equal(readFileSync(compiledCli, "utf8").split("\n")[0], "#!/usr/bin/env node");
  });

  it("--help exits 0; an unknown option exits 2", () => {
    const help = spawnCli(["--help"]);
    assert.equal(help.status, 0);
    assert.equal(help.stdout, USAGE);
    const bad = spawnCli(["--nope"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^slot-machine: Unknown option '--nope'/);
  });

  it("a missing file exits 1 with one clear line", () => {
    const result = spawnCli(["explain", "examples/does-not-exist.js"]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, "slot-machine: examples/does-not-exist.js: cannot read: no such file\n");
  });

  it("a syntax error exits 1 with the code frame and no stack", () => {
    write("bad.js", "async function f() {\n  await ;\n}\n");
    const result = spawnCli([path.join(work, "bad.js")], work);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^slot-machine: bad\.js: Unexpected token \(2:8\)\n\n/);
    assert.match(result.stderr, /> 2 \| {3}await ;/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });

  it("writes code with -o that runs like the original", () => {
    const out = path.join(work, "two-loops.out.js");
    const result = spawnCli(["examples/two-loops.js", "-o", out]);
    assert.equal(result.stderr, "");
    assert.equal(result.status, 0);
    const native = spawnSync(process.execPath, [path.join(root, "examples/two-loops.js")], { encoding: "utf8" });
    const lowered = spawnSync(process.execPath, [out], { encoding: "utf8" });
    assert.equal(lowered.stderr, "");
    assert.equal(lowered.stdout, native.stdout);
  });
});

describe("cli: the compiled command with the real plugin (needs the core)", () => {
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), "slot-machine-cli-"));
  });
  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("explain prints the two-loop table", () => {
    const result = spawnCli(["explain", "examples/two-loops.js"]);
    assert.equal(result.stderr, "");
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^runningSums \(generator\) examples\/two-loops\.js:4:0\n/);
    assert.match(result.stdout, /\nslots: 4 {3}lower bound: 4 {3}without sharing: 5 {3}regenerator keeps: /);
  });

  it("explain --json covers every example, each function consistent", () => {
    const result = spawnCli(["explain", "--json", ...["big-buffer", "fetch-with-cleanup", "paginate", "two-loops"].map((n) => `examples/${n}.js`)]);
    assert.equal(result.status, 0);
    const doc = JSON.parse(result.stdout) as { version: number; functions: { name: string; problems: string[] }[] };
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.functions.map((f) => f.name), ["checksums", "fetchWithCleanup", "paginate", "runningSums"]);
    for (const f of doc.functions) assert.deepEqual(f.problems, [], f.name);
  });

  it("explain --html draws every example function's grid, cells coloured by slot", () => {
    const files = ["big-buffer", "fetch-with-cleanup", "paginate", "two-loops"].map((n) => `examples/${n}.js`);
    const json = JSON.parse(spawnCli(["explain", "--json", ...files]).stdout) as {
      functions: { name: string; locals: unknown[]; suspensions: { live: { slot: number }[] }[] }[];
    };
    const result = spawnCli(["explain", "--html", ...files]);
    assert.equal(result.stderr, "");
    assert.equal(result.status, 0);
    const sections = result.stdout.split('<section class="sm-layout"').slice(1);
    assert.deepEqual(
      sections.map((s) => /^ data-function="([^"]*)"/.exec(s)?.[1]),
      json.functions.map((f) => f.name),
    );
    json.functions.forEach((f, i) => {
      const section = sections[i] ?? "";
      assert.equal((section.match(/<tr data-local=/g) ?? []).length, f.locals.length, f.name);
      const liveCells = f.suspensions.reduce((n, s) => n + s.live.length, 0);
      // Live cells plus the "slot" column of each local with a home slot.
      const cells = [...section.matchAll(/<td class="sm-slot sm-slot-(\d+)" data-slot="(\d+)" style="background: ([^"]+)" title="[^"]*">s(\d+)<\/td>/g)];
      assert.ok(cells.length >= liveCells, f.name);
      const colourOf = new Map<string, string>();
      for (const [, cls, slot, colour, text] of cells) {
        assert.equal(cls, slot, f.name);
        assert.equal(text, slot, f.name);
        const seen = colourOf.get(slot ?? "");
        if (seen !== undefined) assert.equal(colour, seen, `${f.name}: one colour per slot`);
        colourOf.set(slot ?? "", colour ?? "");
      }
      assert.equal(new Set(colourOf.values()).size, colourOf.size, `${f.name}: distinct slots, distinct colours`);
    });
    assert.match(result.stdout, /runningSums[^]*slots: <b>4<\/b>[^]*lower bound: <b>4<\/b>[^]*without sharing: <b>5<\/b>[^]*regenerator keeps: <b>5 \(/);
  });

  it("every example's lowered code runs like the original", () => {
    for (const name of ["big-buffer", "fetch-with-cleanup", "paginate", "two-loops"]) {
      const out = path.join(work, `${name}.js`);
      assert.equal(spawnCli([`examples/${name}.js`, "-o", out]).status, 0, name);
      const native = spawnSync(process.execPath, [path.join(root, "examples", `${name}.js`)], { encoding: "utf8" });
      const lowered = spawnSync(process.execPath, [out], { encoding: "utf8" });
      assert.equal(lowered.stdout, native.stdout, name);
    }
  });

  it("direct eval and with inside a lowered function exit 1 with a code frame, no stack", () => {
    write("eval.js", "function* f(s) {\n  yield eval(s);\n}\n");
    write("with.js", "function* f(o) {\n  with (o) {\n    yield x;\n  }\n}\n");
    for (const [file, line] of [["eval.js", /> 2 \| {3}yield eval\(s\);/], ["with.js", /> 2 \| {3}with \(o\) \{/]] as const) {
      const result = spawnCli([file], work);
      assert.equal(result.status, 1, file);
      assert.equal(result.stdout, "", file);
      assert.match(result.stderr, new RegExp(`^slot-machine: ${file.replace(".", "\\.")}: `), file);
      assert.match(result.stderr, line, file);
      assert.doesNotMatch(result.stderr, /^\s+at /m, file);
    }
  });
});
