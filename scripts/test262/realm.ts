/**
 * Runs one variant of one test262 test in a fresh realm (a `node:vm` context), natively or
 * lowered, and says whether it passed, following INTERPRETING.md.
 *
 * The realm gets `print` and `$262` (global, createRealm, evalScript, detachArrayBuffer, gc;
 * no agent, no IsHTMLDDA) as writable, configurable, non-enumerable globals, then the harness
 * (`assert.js`, `sta.js`, `doneprintHandle.js` for async tests, the test's `includes`) unless the
 * test is `raw`. Module tests run as `vm.SourceTextModule` (the process needs
 * `--experimental-vm-modules`); their `./x_FIXTURE.js` imports resolve next to the importing
 * file, and dynamic `import()` works from scripts and modules.
 *
 * Invariants:
 * - The harness is never lowered: it is the host's code. When lowering, everything the test
 *   itself brings is lowered: the test's source and every module it imports.
 * - A lowering error (a refusal, or a crash of the plugin) is the outcome's `transform` phase,
 *   never mistaken for the test's own SyntaxError.
 * - A negative test passes only when the expected error type is thrown in the expected phase.
 * - An async test passes only when it prints `Test262:AsyncTestComplete`; it fails when it prints
 *   a failure or when its realm goes quiet without printing (no timers exist in the realm, so
 *   once the job queues are empty nothing can happen any more).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import vm from "node:vm";
import type { Metadata, NegativePhase } from "./frontmatter.js";
import type { Variant } from "./select.js";

export type Phase = "transform" | "harness" | NegativePhase | "async";

export interface Outcome {
  ok: boolean;
  /** Where it went wrong (absent when ok). */
  phase?: Phase;
  /** One line: the error's type and message, or what was missing. */
  error?: string;
}

/**
 * Lowers a test's script or module source; throws (e.g. a refusal) when it cannot. Returns null
 * when the source does not parse: it then runs as it is, so that the engine reports its own
 * SyntaxError (a fixture that is meant not to parse).
 */
export type Lower = (code: string, goal: "script" | "module", filename: string) => string | null;

export class TransformError extends Error {}

/** Compiled harness scripts, shared across realms (a vm.Script is not bound to a context). */
export class Harness {
  private readonly scripts = new Map<string, vm.Script>();
  constructor(private readonly dir: string) {}

  script(name: string): vm.Script {
    let script = this.scripts.get(name);
    if (!script) {
      const filename = join(this.dir, name);
      script = new vm.Script(readFileSync(filename, "utf8"), { filename });
      this.scripts.set(name, script);
    }
    return script;
  }
}

interface Realm {
  context: vm.Context;
  printed: string[];
}

const hostSetup = `(function (print, host) {
  var g = globalThis;
  var $262 = {};
  Object.defineProperty(g, "print", { value: print, writable: true, configurable: true, enumerable: false });
  $262.global = g;
  $262.createRealm = host.createRealm;
  $262.evalScript = host.evalScript;
  $262.detachArrayBuffer = host.detachArrayBuffer;
  if (host.gc) $262.gc = host.gc;
  Object.defineProperty(g, "$262", { value: $262, writable: true, configurable: true, enumerable: false });
  return $262;
})`;

const gc = (globalThis as { gc?: () => void }).gc;

function makeRealm(printed: string[]): { context: vm.Context; $262: object } {
  const context = vm.createContext();
  const evalScript = (source: unknown): unknown => {
    let script: vm.Script;
    try {
      script = new vm.Script(String(source));
    } catch (error) {
      // vm.Script throws the main realm's SyntaxError; the test expects its own realm's.
      const RealmSyntaxError = vm.runInContext("SyntaxError", context) as SyntaxErrorConstructor;
      throw new RealmSyntaxError(error instanceof Error ? error.message : String(error));
    }
    return script.runInContext(context);
  };
  const host = {
    createRealm: () => makeRealm([]).$262,
    evalScript,
    detachArrayBuffer: (buffer: ArrayBuffer) => {
      structuredClone(buffer, { transfer: [buffer] });
      return null;
    },
    gc,
  };
  const setup = vm.runInContext(hostSetup, context) as (print: (message: unknown) => void, hostApi: typeof host) => object;
  const $262 = setup((message: unknown) => {
    printed.push(String(message));
  }, host);
  return { context, $262 };
}

/** "Type: message", one line, without ever letting a hostile thrown value throw again. */
export function describeError(error: unknown): { type: string; line: string } {
  let type: string = typeof error;
  let message = "";
  try {
    if (typeof error === "object" && error !== null) {
      const ctor = (error as { constructor?: { name?: unknown } }).constructor;
      type = (typeof ctor?.name === "string" && ctor.name) || "object";
      const raw = (error as { message?: unknown }).message;
      message = raw === undefined ? String(error) : String(raw);
    } else {
      message = String(error);
    }
  } catch {
    message = "(unprintable)";
  }
  const first = message.split("\n").find((line) => line.trim() !== "") ?? "";
  const short = first.length > 240 ? `${first.slice(0, 240)}…` : first;
  return { type, line: `${type}: ${short}` };
}

/** Babel rejected a source that the engine accepts: the lowering failed, it did not run natively. */
const babelCannotParse = new Error("Babel cannot parse a source that Node parses");

class PhaseError {
  constructor(
    readonly phase: Phase,
    readonly error: unknown,
  ) {}
}

export interface VariantRequest {
  /** Absolute path of the test file. */
  file: string;
  source: string;
  metadata: Metadata;
  variant: Variant;
  harness: Harness;
  /** null runs natively. */
  lower: Lower | null;
}

/** Loads modules for one realm: the test, its fixtures, and whatever `import()` asks for. */
class ModuleLoader {
  private readonly modules = new Map<string, vm.Module>();

  constructor(
    private readonly context: vm.Context,
    private readonly lower: Lower | null,
  ) {}

  readonly importDynamically = async (specifier: string, referrer: { identifier?: string } | vm.Script, base: string): Promise<vm.Module> => {
    const from = "identifier" in referrer && typeof referrer.identifier === "string" ? referrer.identifier : base;
    const module = this.load(resolve(dirname(from), specifier));
    let ready = this.ready.get(module);
    if (!ready) {
      // One link-and-evaluate per module: a second import() of a module still linking (or the
      // test importing itself) waits for the first instead of linking it twice.
      ready = (async () => {
        if (module.status === "unlinked") await module.link(this.linker);
        if (module.status === "linked") await module.evaluate();
        else if (module.status === "errored") throw module.error;
      })();
      this.ready.set(module, ready);
    }
    await ready;
    return module;
  };

  private readonly ready = new Map<vm.Module, Promise<void>>();

  private readonly linker = (specifier: string, referencing: vm.Module): vm.Module =>
    this.load(resolve(dirname(referencing.identifier), specifier));

  /** The module for an absolute path, created once per realm (so cycles and self-imports work). */
  load(path: string): vm.Module {
    const known = this.modules.get(path);
    if (known) return known;
    const text = readFileSync(path, "utf8");
    let module: vm.Module;
    if (path.endsWith(".json")) {
      const value = vm.runInContext(`JSON.parse(${JSON.stringify(text)})`, this.context) as unknown;
      module = new vm.SyntheticModule(["default"], function () {
        this.setExport("default", value);
      }, { context: this.context, identifier: path });
    } else {
      let code = text;
      let unparsable = false;
      if (this.lower) {
        try {
          const lowered = this.lower(text, "module", path);
          if (lowered === null) unparsable = true;
          else code = lowered;
        } catch (error) {
          throw new PhaseError("transform", error);
        }
      }
      module = new vm.SourceTextModule(code, {
        context: this.context,
        identifier: path,
        importModuleDynamically: ((specifier: string, referrer: vm.Module) =>
          this.importDynamically(specifier, referrer, path)) as never,
      });
      if (unparsable) throw new PhaseError("transform", babelCannotParse);
    }
    this.modules.set(path, module);
    return module;
  }

  async run(path: string): Promise<void> {
    let module: vm.Module;
    try {
      module = this.load(path);
    } catch (error) {
      if (error instanceof PhaseError) throw error;
      throw new PhaseError("parse", error);
    }
    try {
      await module.link(this.linker);
    } catch (error) {
      if (error instanceof PhaseError) throw error;
      throw new PhaseError("resolution", error);
    }
    try {
      await module.evaluate();
    } catch (error) {
      throw new PhaseError("runtime", error);
    }
  }
}

function runHarness(request: VariantRequest, context: vm.Context): void {
  const names = ["assert.js", "sta.js"];
  if (request.metadata.flags.includes("async")) names.push("doneprintHandle.js");
  names.push(...request.metadata.includes);
  for (const name of names) {
    try {
      request.harness.script(name).runInContext(context);
    } catch (error) {
      throw new PhaseError("harness", error);
    }
  }
}

async function runScript(request: VariantRequest, realm: Realm, loader: ModuleLoader): Promise<void> {
  let code = request.variant === "strict" ? `"use strict";\n${request.source}` : request.source;
  let unparsable = false;
  if (request.lower) {
    try {
      const lowered = request.lower(code, "script", request.file);
      if (lowered === null) unparsable = true;
      else code = lowered;
    } catch (error) {
      throw new PhaseError("transform", error);
    }
  }
  let script: vm.Script;
  try {
    script = new vm.Script(code, {
      filename: request.file,
      importModuleDynamically: ((specifier: string, referrer: vm.Script) =>
        loader.importDynamically(specifier, referrer, request.file)) as never,
    });
  } catch (error) {
    throw new PhaseError("parse", error);
  }
  if (unparsable) throw new PhaseError("transform", babelCannotParse);
  try {
    script.runInContext(realm.context);
  } catch (error) {
    throw new PhaseError("runtime", error);
  }
}

const asyncComplete = "Test262:AsyncTestComplete";
const asyncFailure = "Test262:AsyncTestFailure:";

/** Waits until an async test prints its result or its realm has gone quiet. */
async function awaitAsyncResult(printed: string[]): Promise<Outcome> {
  const started = Date.now();
  for (let turn = 0; ; turn++) {
    const result = printed.find((line) => line === asyncComplete || line.startsWith(asyncFailure));
    if (result === asyncComplete) return { ok: true };
    if (result !== undefined) return { ok: false, phase: "async", error: result.slice(asyncFailure.length) };
    if (turn >= 20 && Date.now() - started > 50) {
      return { ok: false, phase: "async", error: "the test never called $DONE" };
    }
    await new Promise((settle) => setImmediate(settle));
  }
}

export async function runVariant(request: VariantRequest): Promise<Outcome> {
  const printed: string[] = [];
  const { context } = makeRealm(printed);
  const realm: Realm = { context, printed };
  const loader = new ModuleLoader(context, request.lower);
  const expected = request.metadata.negative;
  let thrown: PhaseError | null = null;
  try {
    if (request.variant !== "raw") runHarness(request, context);
    if (request.variant === "module") await loader.run(request.file);
    else await runScript(request, realm, loader);
  } catch (error) {
    if (!(error instanceof PhaseError)) throw error;
    thrown = error;
  }
  if (thrown && (thrown.phase === "transform" || thrown.phase === "harness")) {
    return { ok: false, phase: thrown.phase, error: describeError(thrown.error).line };
  }
  if (expected) {
    if (!thrown) return { ok: false, phase: expected.phase, error: `expected ${expected.type} in phase ${expected.phase}, nothing was thrown` };
    const { type, line } = describeError(thrown.error);
    if (thrown.phase === expected.phase && type === expected.type) return { ok: true };
    return { ok: false, phase: thrown.phase, error: `expected ${expected.type} in phase ${expected.phase}, got ${line} in phase ${thrown.phase}` };
  }
  if (thrown) return { ok: false, phase: thrown.phase, error: describeError(thrown.error).line };
  if (request.metadata.flags.includes("async")) return awaitAsyncResult(printed);
  return { ok: true };
}
