/**
 * Prints a fuzz AST as a JavaScript program (a classic script), resolving every choice the
 * tree left open against what is in scope at that point. The program uses the helpers of
 * prelude.ts, which the check prepends at run time (they are not lowered: they contain no
 * generator or async function, and lowering them for every program would only cost time).
 *
 * Invariants (each one is why any tree, however shrunk, prints a valid program):
 * - Reads pick from the bindings visible here; a block's own declarations are hidden while
 *   its initializers print (so no read happens in the temporal dead zone), and every name the
 *   tree can reach (a, b, c, p0, p1) is declared at function top.
 * - Writes pick only assignable, non-const bindings; with none, the write prints as its value.
 * - `break`/`continue` pick among enclosing jump targets of the current function; every loop,
 *   switch and labelled block carries a unique label, so any target is expressible.
 * - Loops are bounded by counters nobody else writes (`i3`, `w3`, `d3`), incremented before
 *   the body runs, so `continue` cannot skip them; while/do-while counters are declared in a
 *   wrapping block just before the loop.
 * - Suspensions print only where the function kind allows them; inside closures and
 *   parameter defaults a `suspend` node prints as its operand.
 * - ES5 mode uses only `var`, function expressions, string concatenation and plain loops in
 *   everything it prints, plus generator/async function syntax (`yield`, `await`, `yield*`,
 *   `for await`); for-of, destructuring, templates, arrows, `??`, computed keys, default
 *   parameters and optional catch bindings are printed as ES5 equivalents.
 */
import type { Block, Drive, Expr, FuncDef, FunctionKind, FuzzProgram, Step, Stmt } from "./ast.js";

/**
 * Syntax a run can leave out, so a hunt can get past a known, already-reported failure:
 * each one prints the same ES5 fallback that ES5 mode uses for it (`labelled-jumps`, which
 * is ES5, instead keeps only jumps that need no label: to the innermost loop or switch).
 * The shapes of issue #11 print, when left out, only the expression they carry (or a plain
 * `yield*`/iterator for `logged-iterators`, nothing for `shadow-globals`):
 * - `async-arrows`: async arrows with rest/default/destructured parameters reading the
 *   enclosing function's `arguments`, `this`, `super`, `new.target`;
 * - `rebinding-functions`: function declarations assigning to their own or each other's name;
 * - `shadow-globals`: harmless top-level and function-level declarations named `Symbol`,
 *   `Promise`, `Object`, `Array`, `TypeError`, `WeakMap`;
 * - `fn-names`: anonymous functions/classes/arrows as destructuring defaults and assigned
 *   values, `.name` traced;
 * - `class-members`: static, private, computed members, accessors holding async arrows,
 *   generator/async/async-generator methods in classes and object literals;
 * - `tdz`: reads of let/const/class bindings before initialization;
 * - `logged-iterators`: `yield*`, for-of and for-await over iterators that trace every
 *   property read and call;
 * - `param-closures`: a closure in a parameter default over a parameter the body reassigns;
 * - `class-keys`: expressions of the grammar (suspensions, `this`, `arguments`, `super`) as a
 *   class's computed keys and `extends` operand, which run in the enclosing function (left
 *   out, constants).
 */
export type Feature =
  | "patterns"
  | "templates"
  | "computed-keys"
  | "for-of"
  | "for-await"
  | "yield-star"
  | "labelled-jumps"
  | "default-params"
  | "async-arrows"
  | "rebinding-functions"
  | "shadow-globals"
  | "fn-names"
  | "class-members"
  | "tdz"
  | "logged-iterators"
  | "param-closures"
  | "class-keys";
export const FEATURES: readonly Feature[] = [
  "patterns",
  "templates",
  "computed-keys",
  "for-of",
  "for-await",
  "yield-star",
  "labelled-jumps",
  "default-params",
  "async-arrows",
  "rebinding-functions",
  "shadow-globals",
  "fn-names",
  "class-members",
  "tdz",
  "logged-iterators",
  "param-closures",
  "class-keys",
];

/**
 * Harmless top-level declarations shadowing globals the runtime uses: the program itself
 * never reads these names (the prelude reads the intrinsics it captured), so natively they
 * change nothing; a runtime that reads the name finds the user's binding, or its temporal
 * dead zone. `es5`: printable in ES5 mode.
 */
const TOP_SHADOWS: readonly { names: readonly string[]; code: string; es5: boolean }[] = [
  { names: ["Symbol"], code: "var Symbol = globalThis.Symbol;", es5: true },
  { names: ["Promise"], code: "let Promise = globalThis.Promise;", es5: false },
  { names: ["Object"], code: "const Object = globalThis.Object;", es5: false },
  { names: ["Array"], code: "var Array = globalThis.Array;", es5: true },
  { names: ["TypeError"], code: "let TypeError = globalThis.TypeError;", es5: false },
  { names: ["WeakMap"], code: "const WeakMap = globalThis.WeakMap;", es5: false },
  { names: ["Symbol"], code: "let Symbol = globalThis.Symbol;", es5: false },
  { names: ["Promise"], code: "var Promise = globalThis.Promise;", es5: true },
  {
    names: ["Promise"],
    code: "let Promise = (function (P) { function Promise(run) { return new P(run); } Promise.resolve = function (v) { return P.resolve(v); }; Promise.reject = function (e) { return P.reject(e); }; Promise.prototype = P.prototype; return Promise; })(globalThis.Promise);",
    es5: false,
  },
  { names: ["Symbol"], code: "var Symbol = { iterator: globalThis.Symbol.iterator, asyncIterator: globalThis.Symbol.asyncIterator };", es5: true },
  { names: ["Array"], code: "let Array = class Array extends globalThis.Array {};", es5: false },
  { names: ["Object"], code: "var Object = globalThis.Object;", es5: true },
  { names: ["TypeError"], code: "var TypeError = function TypeError(message) { return new globalThis.TypeError(message); };", es5: true },
  { names: ["WeakMap"], code: "var WeakMap = void 0;", es5: true },
  { names: ["Promise"], code: "class Promise extends globalThis.Promise {}", es5: false },
  { names: ["Array", "Symbol"], code: "const Array = globalThis.Array, Symbol = globalThis.Symbol;", es5: false },
];

/** The same, first in a function body: values the program never reads. */
const FUNCTION_SHADOWS: readonly { code: string; es5: boolean }[] = [
  { code: "function Object() { return 0; }", es5: true },
  { code: "var Symbol;", es5: true },
  { code: "let TypeError = 0;", es5: false },
  { code: "const Array = null;", es5: false },
  { code: "var WeakMap = void 0;", es5: true },
  { code: "let Promise = globalThis.Promise;", es5: false },
  { code: "class Object {}", es5: false },
  { code: 'var Symbol = { iterator: "@@iterator" };', es5: true },
  { code: "function Symbol() {}", es5: true },
  { code: "var TypeError = function TypeError() {};", es5: true },
  { code: "let Array = 0, Object = 0;", es5: false },
  { code: "var Promise = globalThis.Promise;", es5: true },
  { code: "const WeakMap = null;", es5: false },
  { code: "function Array() {}", es5: true },
  { code: "let Symbol = undefined;", es5: false },
  { code: "var Object = void 0;", es5: true },
];

export interface PrintOptions {
  es5: boolean;
  /** Features to print as their ES5 fallback even outside ES5 mode. */
  without?: ReadonlySet<Feature>;
}

interface Binding {
  name: string;
  /** What a read prints (e.g. `Number(k3)` for a for-in key). */
  read: string;
  assignable: boolean;
}

interface Env {
  bindings: readonly Binding[];
  hidden: ReadonlySet<string>;
}

interface Target {
  label: string;
  kind: "loop" | "switch" | "block";
}

interface FnInfo {
  name: string;
  kind: FunctionKind;
}

interface FnCtx {
  kind: FunctionKind;
  /** Printed as a class method: `super` is in reach. */
  method: boolean;
  /** Functions defined before this one: the only ones it may call (so no recursion). */
  earlier: readonly FnInfo[];
  targets: Target[];
}

interface ExprCtx {
  env: Env;
  fn: FnCtx;
  /** False inside closures and parameter defaults. */
  suspend: boolean;
  /** False where `fns` is not in scope or a call could recurse (closure bodies, defaults). */
  closures: boolean;
}

const SHARED = ["a", "b", "c"] as const;

export function functionName(kind: FunctionKind, index: number): string {
  return kind === "generator" ? `g${index}` : kind === "async" ? `af${index}` : `ag${index}`;
}

export function printProgram(program: FuzzProgram, options: PrintOptions): string {
  return new Printer(options).program(program);
}

class Printer {
  private next = 0;
  constructor(private readonly options: PrintOptions) {}

  private without(feature: Feature): boolean {
    return this.options.without?.has(feature) ?? false;
  }

  /** True when `feature` may be printed in its own syntax. */
  private has(feature: Feature): boolean {
    return !this.options.es5 && !(this.options.without?.has(feature) ?? false);
  }

  private id(): number {
    return this.next++;
  }

  program(program: FuzzProgram): string {
    const out: string[] = [];
    const infos: FnInfo[] = program.funcs.map((f, i) => ({ name: functionName(f.def.kind, i), kind: f.def.kind }));
    if (!this.without("shadow-globals")) {
      const declared = new Set<string>();
      const usable = TOP_SHADOWS.filter((shadow) => shadow.es5 || !this.options.es5);
      for (const pick of program.shadows ?? []) {
        const shadow = usable[pick % usable.length] as (typeof usable)[number];
        if (shadow.names.some((name) => declared.has(name))) continue;
        shadow.names.forEach((name) => declared.add(name));
        out.push(shadow.code);
      }
      if (declared.size > 0) out.push("");
    }
    program.funcs.forEach((f, i) => {
      out.push(this.func(f.def, infos[i] as FnInfo, infos.slice(0, i)), "");
    });
    if (program.tickerFirst) out.push(`ticker(${program.ticks});`);
    program.funcs.forEach((f, i) => {
      f.drives.forEach((d) => out.push(this.drive(d, infos[i] as FnInfo)));
    });
    if (!program.tickerFirst) out.push(`ticker(${program.ticks});`);
    return `${out.join("\n")}\n`;
  }

  // ---- functions -------------------------------------------------------------------------

  private func(def: FuncDef, info: FnInfo, earlier: readonly FnInfo[]): string {
    const { es5 } = this.options;
    const asMethod = def.asMethod && !es5;
    const fn: FnCtx = { kind: def.kind, earlier, targets: [], method: asMethod };
    const star = def.kind === "async" ? "" : "*";
    const asyncKw = def.kind === "generator" ? "" : "async ";
    // With a closure in a parameter default over p0, the body may reassign p0 and read it
    // through the closure (`pc()`), or write it through one (`pw(v)`).
    const paramClosure = def.paramClosure ?? null;
    const closing = paramClosure !== null && this.has("default-params") && this.has("param-closures");
    const p0: Binding = { name: "p0", read: "p0", assignable: closing };
    const p1: Binding = { name: "p1", read: "p1", assignable: false };
    let params = "p0, p1";
    if (def.defaultParam !== null && this.has("default-params")) {
      const cx: ExprCtx = { env: { bindings: [p0], hidden: new Set() }, fn, suspend: false, closures: false };
      params = `p0, p1 = ${this.expr(def.defaultParam, cx)}`;
    }
    if (closing) params += ", pc = () => p0, pw = (v) => (p0 = v)";
    const kw = es5 ? "var" : "let";
    const closures: Binding[] = closing
      ? [
          { name: "pc", read: "pc()", assignable: false },
          { name: "pw", read: "pw(7)", assignable: false },
        ]
      : [];
    const env: Env = {
      bindings: [p0, p1, ...closures, ...SHARED.map((name) => ({ name, read: name, assignable: true }))],
      hidden: new Set(),
    };
    const lines = [asMethod ? `${asyncKw}${star}${info.name}(${params}) {` : `${asyncKw}function${star} ${info.name}(${params}) {`];
    const shadowPick = def.shadow ?? null;
    if (shadowPick !== null && !this.without("shadow-globals")) {
      const usable = FUNCTION_SHADOWS.filter((shadow) => shadow.es5 || !es5);
      lines.push(`  ${(usable[shadowPick % usable.length] as (typeof usable)[number]).code}`);
    }
    // `var p0;` in a body with parameter expressions is a second binding, which starts with
    // the parameter's value and which the default's closure does not see.
    if (closing && paramClosure.redeclare) lines.push("  var p0;");
    lines.push(`  ${kw} a = p0, b = p1, c = 3;`, `  ${es5 ? "var" : "const"} fns = [];`);
    // Body declarations get their own braces: `let a` may not redeclare the top-level `let a`.
    const body = def.body.decls.length > 0 && !es5 ? [`{`, ...indent(this.block(def.body, env, fn)), `}`] : this.block(def.body, env, fn);
    lines.push(...indent(body), "}");
    if (asMethod) {
      // A method of a derived class, called through a plain function of the same name that
      // passes its `this.k` and arguments on, so drivers and callers see no difference.
      return [
        `class Base_${info.name} { tw(x) { return x * 2; } }`,
        `class Holder_${info.name} extends Base_${info.name} {`,
        ...indent(lines),
        `}`,
        `function ${info.name}() {`,
        `  const o = new Holder_${info.name}();`,
        `  o.k = this == null ? undefined : this.k;`,
        `  return o.${info.name}.apply(o, arguments);`,
        `}`,
      ].join("\n");
    }
    return lines.join("\n");
  }

  /** The block's lines, without braces. */
  private block(block: Block, outer: Env, fn: FnCtx): string[] {
    const { es5 } = this.options;
    const lines: string[] = [];
    let bindings = [...outer.bindings];
    const declared = new Set<string>();
    const names = new Set(block.decls.map((d) => SHARED[d.name % SHARED.length] as string));
    for (const d of block.decls) {
      const name = SHARED[d.name % SHARED.length] as string;
      if (declared.has(name)) continue; // a second `let a` in one block would not parse
      const hidden = es5 ? new Set<string>() : new Set([...names].filter((n) => !declared.has(n)));
      const cx: ExprCtx = { env: { bindings, hidden }, fn, suspend: true, closures: true };
      const init = this.expr(d.init, cx);
      if (es5) {
        lines.push(`var ${name} = ${init};`);
      } else {
        const kw = d.isConst ? "const" : "let";
        const pattern = this.has("patterns") ? d.pattern : "plain";
        const dflt = this.expr(d.dflt, cx);
        if (pattern === "array") lines.push(`${kw} [${name} = ${dflt}] = [${init}];`);
        else if (pattern === "object") lines.push(`${kw} { [${init}]: ${name} = ${dflt} } = { 1: 10, 2: 20 };`);
        else lines.push(`${kw} ${name} = ${init};`);
      }
      declared.add(name);
      bindings = [...bindings, { name, read: name, assignable: es5 || !d.isConst }];
    }
    const env: Env = { bindings, hidden: new Set() };
    for (const s of block.body) lines.push(...this.stmt(s, env, fn));
    return lines;
  }

  private braced(head: string, block: Block, env: Env, fn: FnCtx, extra: string[] = []): string[] {
    return [`${head} {`, ...indent([...extra, ...this.block(block, env, fn)]), "}"];
  }

  // ---- statements ------------------------------------------------------------------------

  private stmt(s: Stmt, env: Env, fn: FnCtx): string[] {
    const { es5 } = this.options;
    const cx: ExprCtx = { env, fn, suspend: true, closures: true };
    switch (s.k) {
      case "expr":
        return [`${this.expr(s.e, cx)};`];
      case "print":
        return [`print("s${this.id()}", ${this.expr(s.e, cx)});`];
      case "assign": {
        const target = pickTarget(env, s.target);
        const value = this.expr(s.e, cx);
        if (target === null) return [`${value};`];
        return [`${target} ${s.compound ? "+=" : "="} ${value};`];
      }
      case "block":
        return ["{", ...indent(this.block(s.b, env, fn)), "}"];
      case "if": {
        const lines = this.braced(`if (${this.expr(s.c, cx)})`, s.t, env, fn);
        if (s.f !== null) {
          const elseLines = this.braced("else", s.f, env, fn);
          lines[lines.length - 1] = `} ${elseLines[0] ?? ""}`;
          lines.push(...elseLines.slice(1));
        }
        return lines;
      }
      case "loop":
        return this.loop(s, env, fn);
      case "labeled": {
        const label = `L${this.id()}`;
        fn.targets.push({ label, kind: "block" });
        const lines = this.braced(`${label}:`, s.body, env, fn);
        fn.targets.pop();
        return lines;
      }
      case "break": {
        if (fn.targets.length === 0) return ["/* break: no target */;"];
        const chosen = fn.targets[s.sel % fn.targets.length] as Target;
        const innermost = [...fn.targets].reverse().find((t) => t.kind !== "block");
        if (this.without("labelled-jumps")) return [innermost === undefined ? "/* break: no unlabelled target */;" : "break;"];
        return [!s.labelled && chosen === innermost ? "break;" : `break ${chosen.label};`];
      }
      case "continue": {
        const loops = fn.targets.filter((t) => t.kind === "loop");
        if (loops.length === 0) return ["/* continue: no loop */;"];
        const chosen = loops[s.sel % loops.length] as Target;
        if (this.without("labelled-jumps")) return ["continue;"];
        return [!s.labelled && chosen === loops[loops.length - 1] ? "continue;" : `continue ${chosen.label};`];
      }
      case "switch": {
        const id = this.id();
        const label = `L${id}`;
        const head = `${label}: switch (${this.expr(s.disc, cx)}) {`;
        fn.targets.push({ label, kind: "switch" });
        const lines = [head];
        const defaultAt = s.defaultAt === null ? -1 : s.defaultAt % (s.cases.length + 1);
        s.cases.forEach((c, i) => {
          if (i === defaultAt) lines.push("  default:", `    print("default${id}");`);
          lines.push(`  case ${this.expr(c.test, cx)}:`);
          for (const inner of c.body) lines.push(...indent(this.stmt(inner, env, fn), 2));
          if (c.brk) lines.push("    break;");
        });
        if (defaultAt === s.cases.length) lines.push("  default:", `    print("default${id}");`);
        lines.push("}");
        fn.targets.pop();
        return lines;
      }
      case "try": {
        const id = this.id();
        const lines = this.braced("try", s.body, env, fn);
        const handler = s.handler ?? (s.finalizer === null ? { decls: [], body: [] } : null);
        if (handler !== null) {
          const bind = s.bindCatch || es5;
          const head = bind ? `catch (e${id})` : "catch";
          const first = bind ? `print("c${id}", ex(e${id}));` : `print("c${id}");`;
          const catchLines = this.braced(head, handler, env, fn, [first]);
          lines[lines.length - 1] = `} ${catchLines[0] ?? ""}`;
          lines.push(...catchLines.slice(1));
        }
        if (s.finalizer !== null) {
          const finLines = this.braced("finally", s.finalizer, env, fn, [`print("f${id}");`]);
          lines[lines.length - 1] = `} ${finLines[0] ?? ""}`;
          lines.push(...finLines.slice(1));
        }
        return lines;
      }
      case "throw": {
        const value = this.expr(s.e, cx);
        return [s.flavor % 2 === 0 ? `throw new Error("t${this.id()} " + ${value});` : `throw ${value};`];
      }
      case "return": {
        if (s.e === null) return ["return;"];
        const value = this.expr(s.e, cx);
        if (fn.kind === "generator") return [`return ${value};`];
        switch (s.flavor % 4) {
          case 1:
            return [`return Promise.resolve(${value});`];
          case 2:
            return [`return rej(${value});`];
          case 3:
            return [`return thenable(${value});`];
          default:
            return [`return ${value};`];
        }
      }
      case "nested": {
        const id = this.id();
        const awaited = s.asyncInner && fn.kind !== "generator";
        // A function boundary: no jump targets of the outer function, no `super` (a function
        // expression has no home object); calls still go only to earlier program functions.
        const inner: FnCtx = { kind: awaited ? "async" : "generator", earlier: fn.earlier, targets: [], method: false };
        const body = indent(this.block(s.body, env, inner));
        if (awaited) return [`print("n${id}", await (async function () {`, ...body, `}).call(this));`];
        return [`print("n${id}", drain((function* () {`, ...body, `}).call(this)));`];
      }
      case "closure": {
        const target = s.write === null ? null : pickTarget(env, s.write);
        const v: Binding = { name: "v", read: "v", assignable: false };
        // A function (declaration or ES5 expression) has no `super` of its own; an arrow
        // shares the method's.
        const own = s.declared || es5 ? { ...fn, method: false } : fn;
        const inner: ExprCtx = { env: { bindings: [...env.bindings, v], hidden: env.hidden }, fn: own, suspend: false, closures: false };
        const write = target === null ? "" : `${target} = ${target} + v; `;
        const body = `{ ${write}return ${this.expr(s.e, inner)}; }`;
        // ES5 has no function declarations in blocks: ES5 mode keeps the expression.
        if (s.declared && !es5) {
          const name = `f${this.id()}`;
          return [`function ${name}(v) ${body}`, `fns.push(${name});`];
        }
        return [es5 ? `fns.push(function (v) ${body});` : `fns.push((v) => ${body});`];
      }
      case "rebind":
        return this.has("rebinding-functions") ? this.rebind(s, cx) : [`${this.expr(s.e, cx)};`];
      case "fnName":
        return this.has("fn-names") ? this.fnName(s, cx) : [`${this.expr(s.e, cx)};`];
      case "classMembers":
        return this.has("class-members") ? this.classMembers(s, cx) : [`${this.expr(s.e, cx)};`];
      case "tdz":
        return this.has("tdz") ? this.tdz(s, cx) : [`${this.expr(s.e, cx)};`];
      default:
        return assertNever(s);
    }
  }

  /** Function declarations that assign to their own name or to each other's. */
  private rebind(s: Extract<Stmt, { k: "rebind" }>, cx: ExprCtx): string[] {
    const id = this.id();
    const [h, j] = [`h${id}`, `j${id}`];
    const e = this.expr(s.e, cx);
    const numberOr = (name: string): string => `(typeof ${name} === "number" ? ${name} : typeof ${name})`;
    let lines: string[];
    switch (s.form % 4) {
      case 0:
        // The issue's shape: `function f() { f = 42; } f(); yield f;`
        lines = [`function ${h}() { ${h} = ${id}; return 1; }`, `print("r${id}", ${h}(), ${e}, ${numberOr(h)});`];
        break;
      case 1:
        lines = [
          `function ${h}() { ${j} = ${id}; return 1; }`,
          `function ${j}() { ${h} = function () { return 5; }; return 2; }`,
          `print("r${id}", ${h}(), ${e}, ${numberOr(j)}, ${numberOr(h)});`,
        ];
        break;
      case 2:
        lines = [
          `function ${h}() { ${j} = ${id}; return 1; }`,
          `function ${j}() { ${h} = function () { return 5; }; return 2; }`,
          `print("r${id}", ${j}(), ${e}, ${h}(), ${numberOr(j)});`,
        ];
        break;
      default:
        // Reassigned to another function, called again after the suspension.
        lines = [`function ${h}(v) { ${h} = function (w) { return w + 7; }; return v + 1; }`, `print("r${id}", ${h}(1), ${e}, ${h}(2));`];
    }
    // Half of them in a block of their own (block-level function declarations).
    return (s.form >> 2) % 2 === 1 ? ["{", ...indent(lines), "}"] : lines;
  }

  /** An anonymous function in a destructuring default or assignment; its `.name` traced. */
  private fnName(s: Extract<Stmt, { k: "fnName" }>, cx: ExprCtx): string[] {
    const id = this.id();
    const n = `fn${id}`;
    const e = this.expr(s.e, cx);
    const anonymous = ["function () {}", "() => 0", "class {}", "function* () {}", "async () => 0", "async function () {}"];
    const value = anonymous[(s.form >> 3) % anonymous.length] as string;
    const show = `print("nm${id}", ${n}.name, typeof ${n});`;
    switch (s.form % 8) {
      case 0:
        return ["{", `  let [${n} = ${value}, x${id} = ${e}] = [];`, `  ${show}`, `  print("nm${id}", x${id});`, "}"];
      case 1:
        return ["{", `  const { [${e}]: ${n} = ${value} } = {};`, `  ${show}`, "}"];
      case 2:
        return ["{", `  let ${n};`, `  [${n} = ${value}] = [void ${e}];`, `  ${show}`, "}"];
      case 3:
        return ["{", `  let ${n};`, `  ({ k: ${n} = ${value} } = { k: void ${e} });`, `  ${show}`, "}"];
      case 4:
        // A comma expression is not a named evaluation: the name stays "".
        return ["{", `  let ${n} = (${e}, ${value});`, `  ${show}`, "}"];
      case 5:
        return ["{", `  let ${n};`, `  ${n} = ${value};`, `  print("nm${id}", ${e});`, `  ${show}`, "}"];
      case 6: {
        // The issue's `for await (const [fn = function () {}] of xs)`, and its for-of neighbour.
        const head = cx.fn.kind !== "generator" && this.has("for-await") ? "for await" : "for";
        return [`${head} (const [${n} = ${value}] of [[void ${e}]]) {`, `  ${show}`, "}"];
      }
      default:
        return ["{", `  let { ${n} = ${value} } = { ${n}: void ${e} };`, `  ${show}`, "}"];
    }
  }

  /** `(await x)` where the function may await, else `settle(x, tag)`: the value traced later. */
  private awaitOrSettle(promise: string, tag: string, cx: ExprCtx): string {
    return cx.suspend && cx.fn.kind !== "generator" ? `(await ${promise})` : `settle(${promise}, "${tag}")`;
  }

  /** A class and an object literal with the member kinds `members` picks, then used. */
  private classMembers(s: Extract<Stmt, { k: "classMembers" }>, cx: ExprCtx): string[] {
    const id = this.id();
    const [K, o, key, lkey] = [`K${id}`, `o${id}`, `ck${id}`, `lk${id}`];
    const has = (bit: number): boolean => ((s.members >> bit) & 1) === 1;
    // Member bodies are functions of their own: no suspension of the enclosing function, no
    // `super` (the class has no base), no calls of closures.
    const memberCx: ExprCtx = { env: cx.env, fn: { ...cx.fn, method: false }, suspend: false, closures: false };
    const body = (): string => this.expr(s.e, memberCx);
    // Computed keys and the heritage are evaluated where the class is defined, in this
    // function: they may suspend and read its `this`, `arguments` and `super`. Left out
    // (class-keys), they are constants.
    const keyOperand = (): string => (this.has("class-keys") ? this.expr(s.e, cx) : String(id % 3));
    const members: string[] = [];
    const uses: string[] = [];
    if (has(0)) {
      members.push(`static s = ${id % 7};`, `static async sm(x) { return this.s + x + ${body()}; }`);
      uses.push(this.awaitOrSettle(`${K}.sm(1)`, `k${id}.sm`, cx));
    }
    if (has(1)) {
      members.push(`#p = ${id % 5};`, `#priv(x) { return this.#p + x; }`, `pp(x) { return this.#priv(x) + ${body()}; }`);
      uses.push(`${o}.pp(2)`);
    }
    if (has(2)) {
      // The key is evaluated when the class is, in the enclosing function: it may suspend.
      members.push(`[(${key} = ${keyOperand()})]() { return ${body()}; }`);
      uses.push(`${o}[${key}]()`);
    }
    if (has(3)) {
      // Non-simple parameters only with async-arrows (their own feature).
      const arrows = this.has("async-arrows");
      members.push(
        arrows ? `get g() { return async (x = arguments.length, ...r) => x + r.length + ${body()}; }` : `get g() { return async (x) => x + arguments.length + ${body()}; }`,
        arrows ? `set g(v) { this.h = async ({ y } = { y: v }) => y + ${body()}; }` : `set g(v) { this.h = async (y) => v + ${body()}; }`,
        `static get sg() { return async () => this === ${K} ? 1 : 2; }`,
      );
      uses.push(`settle(${o}.g(), "k${id}.g")`, `(${o}.g = 3)`, this.awaitOrSettle(`${o}.h()`, `k${id}.h`, cx), `settle(${K}.sg(), "k${id}.sg")`);
    }
    if (has(4)) {
      members.push(`*gen(x) { yield x; yield ${body()}; return arguments.length; }`, `static *["g" + ${id}](x) { yield* [x, ${body()}]; }`);
      uses.push(`drain(${o}.gen(5))`, `drain(${K}["g" + ${id}](6))`);
    }
    if (has(5)) {
      members.push(`async am(x) { return (await x) + ${body()}; }`, `async *ag(x) { yield x; yield await ${body()}; }`);
      uses.push(this.awaitOrSettle(`${o}.am(7)`, `k${id}.am`, cx), `adrain(${o}.ag(8), "k${id}.ag")`);
    }
    const lines = [`let ${key}, ${lkey};`];
    let heritage = "";
    if (has(7)) {
      lines.push(`class B${id} { base() { return ${id}; } }`);
      heritage = ` extends (${keyOperand()}, B${id})`;
      uses.push(`${o}.base()`);
    }
    lines.push(`class ${K}${heritage} {`, ...indent(members), "}", `const ${o} = new ${K}();`);
    if (has(6)) {
      lines.push(
        `const l${id} = {`,
        `  v: ${id},`,
        `  *[(${lkey} = "m" + ${keyOperand()})](x) { yield x; yield ${body()}; },`,
        `  async am(x) { return x + ${body()}; },`,
        `  async *["a" + "g"]() { yield ${body()}; },`,
        `  get g() { return async () => this.v; },`,
        `};`,
      );
      uses.push(`drain(l${id}[${lkey}](1))`, this.awaitOrSettle(`l${id}.am(2)`, `k${id}.lam`, cx), `adrain(l${id}.ag(), "k${id}.lag")`, `settle(l${id}.g(), "k${id}.lg")`);
    }
    lines.push(`print("k${id}", typeof ${K}${uses.map((u) => `, ${u}`).join("")});`);
    return ["{", ...indent(lines), "}"];
  }

  /** A read of a let/const/class binding before its initialization, caught and traced. */
  private tdz(s: Extract<Stmt, { k: "tdz" }>, cx: ExprCtx): string[] {
    const id = this.id();
    const [z, r, err] = [`z${id}`, `r${id}`, `e${id}`];
    const e = this.expr(s.e, cx);
    const kw = (s.form >> 3) % 2 === 1 ? "const" : "let";
    const caught = (lines: string[]): string[] => ["try {", ...indent(lines), `} catch (${err}) { print("tz${id}", ex(${err})); }`];
    switch (s.form % 8) {
      case 0:
        // A closure called before the declaration ran, and again after.
        return ["{", `  const ${r} = () => ${z};`, ...indent(caught([`print("tz${id}", ${e}, ${r}());`])), `  ${kw} ${z} = 1;`, `  print("tz${id}", ${r}());`, "}"];
      case 1:
        // A case reading the `let` of a later case (the discriminant picks where to enter).
        return [
          `switch (${(s.form >> 3) % 2}) {`,
          `  case 0:`,
          ...indent(caught([`print("tz${id}", ${e}, ${z});`]), 2),
          `  case 1:`,
          `    let ${z} = 2;`,
          `    print("tz${id}", ${z});`,
          "}",
        ];
      case 2:
        // A case reading the `let` of an earlier case that was jumped over.
        return [`switch (1) {`, `  case 0:`, `    let ${z} = 1;`, `  case 1:`, ...indent(caught([`print("tz${id}", ${e}, ${z});`]), 2), "}"];
      case 3:
        // A loop body reading a binding of its own body before the declaration, every turn.
        return [
          `for (let i${id} = 0; i${id} < 2; i${id}++) {`,
          ...indent(caught([`print("tz${id}", i${id}, ${e}, ${z});`])),
          `  ${kw} ${z} = i${id};`,
          `  print("tz${id}", ${z});`,
          "}",
        ];
      case 4:
        return ["{", ...indent(caught([`print("tz${id}", ${e});`, `new C${id}();`])), `  class C${id} {}`, `  print("tz${id}", typeof C${id});`, "}"];
      case 5:
        // The initializer reads the binding it initializes.
        return caught([`${kw} ${z} = (${e}, ${z});`, `print("tz${id}", ${z});`]);
      case 6:
        // typeof does not protect a binding in its temporal dead zone.
        return ["{", ...indent(caught([`print("tz${id}", ${e}, typeof ${z});`])), `  ${kw} ${z} = 1;`, "}"];
      default:
        // A function declaration (hoisted to the block) reading a later binding of the block.
        return [
          "{",
          `  function ${r}() { return ${z}; }`,
          ...indent(caught([`print("tz${id}", ${e}, ${r}());`])),
          `  ${kw} ${z} = 1;`,
          `  print("tz${id}", ${r}());`,
          "}",
        ];
    }
  }

  private loop(s: Extract<Stmt, { k: "loop" }>, env: Env, fn: FnCtx): string[] {
    const { es5 } = this.options;
    const id = this.id();
    const label = `L${id}`;
    const kw = es5 ? "var" : "let";
    const cx: ExprCtx = { env, fn, suspend: true, closures: true };
    let kind = s.loop;
    // for-await is async syntax, so ES5 mode keeps it; only `without` or a generator drops it.
    if (kind === "forAwait" && (fn.kind === "generator" || this.without("for-await"))) kind = "forOf";
    if (kind === "forOf" && !this.has("for-of")) kind = "for";
    const withVar = (name: string, read = name): Env => ({
      bindings: [...env.bindings, { name, read, assignable: false }],
      hidden: env.hidden,
    });
    fn.targets.push({ label, kind: "loop" });
    let lines: string[];
    switch (kind) {
      case "for": {
        const v = `i${id}`;
        lines = this.braced(`${label}: for (${kw} ${v} = 0; ${v} < ${s.n}; ${v}++)`, s.body, withVar(v), fn);
        break;
      }
      case "forIn": {
        const v = `k${id}`;
        const keys = Array.from({ length: s.n }, (_, i) => `${i + 1}: 0`).join(", ");
        lines = this.braced(`${label}: for (${es5 ? "var" : "const"} ${v} in { ${keys} })`, s.body, withVar(v, `Number(${v})`), fn);
        break;
      }
      case "forOf": {
        const v = `v${id}`;
        const gens = fn.earlier.filter((f) => f.kind === "generator");
        let source: string;
        const mode = (s.src >> 2) % 4;
        if (s.src % 3 === 0) source = `[${Array.from({ length: s.n }, (_, i) => (i + 1) * 10).join(", ")}]`;
        else if (s.src % 3 === 2 && gens.length > 0) source = `${(gens[s.src % gens.length] as FnInfo).name}(${s.n})`;
        else if (s.src >= 8 && !this.without("logged-iterators")) source = `mkLoggedIter(${s.n}, "o${id}", ${mode}, ${id}, false)`;
        else source = `mkIter(${s.n}, "o${id}", ${mode}, ${id})`;
        lines = this.braced(`${label}: for (const ${v} of ${source})`, s.body, withVar(v), fn);
        break;
      }
      case "forAwait": {
        const v = `v${id}`;
        const iterables = fn.earlier.filter((f) => f.kind !== "async");
        const mode = (s.src >> 2) % 4;
        let source: string;
        if (s.src % 3 === 0) source = s.src >= 8 && !this.without("logged-iterators") ? `mkLoggedIter(${s.n}, "o${id}", ${mode}, ${id}, true)` : `mkAsyncIter(${s.n}, "o${id}", ${mode}, ${id})`;
        else if (s.src % 3 === 2 && iterables.length > 0) source = `${(iterables[s.src % iterables.length] as FnInfo).name}(${s.n})`;
        else {
          const items = Array.from({ length: s.n }, (_, i) => (i % 2 === 0 ? `Promise.resolve(${i + 1})` : `${i + 1}`));
          source = `[${items.join(", ")}]`;
        }
        lines = this.braced(`${label}: for await (${es5 ? "var" : "const"} ${v} of ${source})`, s.body, withVar(v), fn);
        break;
      }
      case "while": {
        const w = `w${id}`;
        lines = [
          "{",
          `  ${kw} ${w} = 0;`,
          ...indent(this.braced(`${label}: while (${w} < ${s.n})`, s.body, withVar(w), fn, [`${w}++;`])),
          "}",
        ];
        break;
      }
      case "doWhile": {
        const d = `d${id}`;
        const inner = this.braced(`${label}: do`, s.body, withVar(d), fn, [`${d}++;`]);
        inner[inner.length - 1] = `} while (${d} < ${s.n});`;
        lines = ["{", `  ${kw} ${d} = 0;`, ...indent(inner), "}"];
        break;
      }
      default:
        return assertNever(kind);
    }
    fn.targets.pop();
    void cx;
    return lines;
  }

  // ---- expressions -----------------------------------------------------------------------

  private expr(e: Expr, cx: ExprCtx): string {
    const { es5 } = this.options;
    switch (e.k) {
      case "num":
        return String(e.v);
      case "read": {
        const visible = visibleBindings(cx.env);
        if (visible.length === 0) return "0";
        return (visible[e.sel % visible.length] as Binding).read;
      }
      case "bin":
        return `(${this.expr(e.l, cx)} ${e.op} ${this.expr(e.r, cx)})`;
      case "logic": {
        const op = e.op === "??" && es5 ? "||" : e.op;
        return `(${this.expr(e.l, cx)} ${op} ${this.expr(e.r, cx)})`;
      }
      case "cond":
        return `(${this.expr(e.c, cx)} ? ${this.expr(e.t, cx)} : ${this.expr(e.f, cx)})`;
      case "suspend":
        return cx.suspend ? this.suspend(e.flavor, this.expr(e.e, cx), cx.fn) : this.expr(e.e, cx);
      case "call":
        return `f(${this.expr(e.a, cx)}, ${this.expr(e.b, cx)})`;
      case "assign": {
        const target = pickTarget(cx.env, e.target);
        const value = this.expr(e.e, cx);
        return target === null ? value : `(${target} = ${value})`;
      }
      case "update": {
        const target = pickTarget(cx.env, e.target);
        return target === null ? "0" : `(${target}++)`;
      }
      case "tpl": {
        const a = this.expr(e.a, cx);
        const b = this.expr(e.b, cx);
        return this.has("templates") ? `\`\${${a}}:\${${b}}\`.length` : `("" + ${a} + ":" + ${b}).length`;
      }
      case "objKey": {
        const a = this.expr(e.a, cx);
        const key = this.expr(e.key, cx);
        const b = this.expr(e.b, cx);
        return this.has("computed-keys") ? `({ 1: ${a}, [${key}]: ${b} })[1]` : `pick(${a}, ${key}, ${b})`;
      }
      case "callClosure": {
        const arg = this.expr(e.arg, cx);
        return cx.closures ? `callc(fns, ${e.sel}, ${arg})` : arg;
      }
      case "context":
        return e.which % 2 === 0 ? "this.k" : "arguments.length";
      case "reenter":
        return "reenter()";
      case "spread": {
        const a = this.expr(e.a, cx);
        const b = this.expr(e.b, cx);
        return es5 ? `f.apply(null, [${a}].concat([${b}]))` : `f(...[${a}], ${b})`;
      }
      case "method": {
        const a = this.expr(e.a, cx);
        const b = this.expr(e.b, cx);
        const m = es5 ? "m: function (x) { return this.v * 2 + x; }" : "m(x) { return this.v * 2 + x; }";
        return `({ v: ${a}, ${m} }).m(${b})`;
      }
      case "superCall": {
        const a = this.expr(e.a, cx);
        return cx.fn.method ? `super.tw(${a})` : `((${a}) * 2)`;
      }
      case "optional": {
        const c = this.expr(e.c, cx);
        const a = this.expr(e.a, cx);
        return es5 ? `(${c} ? undefined : ${a})` : `(${c} ? null : { q: ${a} })?.q`;
      }
      case "asyncArrow":
        return this.has("async-arrows") ? this.asyncArrow(e, cx) : this.expr(e.a, cx);
      default:
        return assertNever(e);
    }
  }

  /** What an async arrow reads of its enclosing function: `arguments`, `this`, `super`, `new.target`. */
  private contextRead(which: number, cx: ExprCtx): string {
    switch (which % 5) {
      case 0:
        return "arguments.length";
      case 1:
        return "arguments[0]";
      case 2:
        return "this.k";
      case 3:
        return cx.fn.method ? "super.tw(1)" : "this.k";
      default:
        return "(new.target === undefined ? 1 : 2)";
    }
  }

  /** An async arrow with non-simple parameters, called at once (see ast.ts `asyncArrow`). */
  private asyncArrow(e: Extract<Expr, { k: "asyncArrow" }>, cx: ExprCtx): string {
    const id = this.id();
    const a = this.expr(e.a, cx);
    const read = this.contextRead(e.reads, cx);
    const inDefault = this.contextRead(e.reads >> 2, cx);
    // Half the bodies are blocks that await before reading.
    const result = (value: string): string => ((e.reads >> 3) % 2 === 1 ? `{ const z = await ${read}; return ${value} + z; }` : `${value} + ${read}`);
    let arrow: string;
    switch (e.params % 8) {
      case 0:
        arrow = `(async (x, y = ${inDefault}) => ${result("x + y")})(${a})`;
        break;
      case 1:
        arrow = `(async (...rest) => ${result("rest.length + rest[0]")})(${a}, 1)`;
        break;
      case 2:
        arrow = `(async ([x, y = ${inDefault}]) => ${result("x + y")})([${a}])`;
        break;
      case 3:
        arrow = `(async ({ x, y = ${inDefault} } = {}) => ${result("x + y")})({ x: ${a} })`;
        break;
      case 4:
        arrow = `(async (x, { y } = { y: ${inDefault} }) => ${result("x + y")})(${a})`;
        break;
      case 5:
        arrow = `(async (x, ...[y = ${inDefault}]) => ${result("x + y")})(${a})`;
        break;
      case 6:
        arrow = `(async (x = ${inDefault}, f = function () {}) => ${result('x + f.name.length + (f.name === "f" ? 1 : 0)')})(${a})`;
        break;
      default:
        // Simple parameters, the control.
        arrow = `(async (x) => ${result("x")})(${a})`;
    }
    return this.awaitOrSettle(arrow, `a${id}`, cx);
  }

  /** A suspension of the kind the function allows, chosen by `flavor`. */
  private suspend(rawFlavor: number, operand: string, fn: FnCtx): string {
    // Without yield*, the flavors that delegate become plain yields (flavor 0).
    const period = 8;
    const delegates = fn.kind === "generator" ? [1, 2, 5, 6, 7] : fn.kind === "asyncGenerator" ? [2, 5, 6, 12, 15] : [];
    const logged = fn.kind === "generator" ? [7] : fn.kind === "asyncGenerator" ? [12, 15] : [];
    // The period of the flavors of this kind; a left-out flavor becomes 0, a plain `yield`.
    const kindPeriod = fn.kind === "generator" ? period : 2 * period;
    const plain = (this.without("yield-star") && delegates.includes(rawFlavor % kindPeriod)) || (this.without("logged-iterators") && logged.includes(rawFlavor % kindPeriod));
    const flavor = plain ? rawFlavor - (rawFlavor % kindPeriod) : rawFlavor;
    const n = 1 + ((flavor >> 3) % 3);
    const mode = (flavor >> 5) % 4;
    const earlierOf = (kinds: readonly FunctionKind[]): FnInfo | null => {
      const found = fn.earlier.filter((f) => kinds.includes(f.kind));
      return found.length === 0 ? null : (found[flavor % found.length] as FnInfo);
    };
    switch (fn.kind) {
      case "generator":
        switch (flavor % 8) {
          case 1:
          case 5:
            return `(yield* mkIter(${n}, "i${this.id()}", ${mode}, ${operand}))`;
          case 6:
            // An array: the built-in array iterator (no return/throw methods).
            return `(yield* [${operand}, ${n}])`;
          case 7:
            return `(yield* mkLoggedIter(${n}, "i${this.id()}", ${mode}, ${operand}, false))`;
          case 2: {
            const callee = earlierOf(["generator"]);
            return callee === null ? `(yield* mkIter(${n}, "i${this.id()}", ${mode}, ${operand}))` : `(yield* ${callee.name}(${operand}))`;
          }
          default:
            return `(yield ${operand})`;
        }
      case "async":
        // One flavor in sixteen rejects: awaits are frequent and a rejection usually ends the body.
        switch (flavor % 16) {
          case 1:
          case 7:
            return `(await Promise.resolve(${operand}))`;
          case 2:
            return `(await rej(${operand}))`;
          case 3:
            return `(await thenable(${operand}))`;
          case 4:
          case 12: {
            const callee = earlierOf(["async"]);
            return callee === null ? `(await ${operand})` : `(await ${callee.name}(${operand}))`;
          }
          default:
            return `(await ${operand})`;
        }
      case "asyncGenerator":
        switch (flavor % 16) {
          case 1:
          case 9:
            return `(await ${operand})`;
          case 2:
          case 10:
            return `(yield* mkAsyncIter(${n}, "i${this.id()}", ${mode}, ${operand}))`;
          case 3:
          case 11:
            return `(yield Promise.resolve(${operand}))`;
          case 4:
            return `(await rej(${operand}))`;
          case 5:
          case 13: {
            const callee = earlierOf(["generator", "asyncGenerator"]);
            return callee === null ? `(yield ${operand})` : `(yield* ${callee.name}(${operand}))`;
          }
          case 7:
            return `(await thenable(${operand}))`;
          case 14:
            // A sync iterable: delegation goes through the async-from-sync iterator.
            return `(yield* [${operand}, Promise.resolve(${n})])`;
          case 12:
            return `(yield* mkLoggedIter(${n}, "i${this.id()}", ${mode}, ${operand}, false))`;
          case 15:
            return `(yield* mkLoggedIter(${n}, "i${this.id()}", ${mode}, ${operand}, true))`;
          default:
            return `(yield ${operand})`;
        }
      default:
        return assertNever(fn.kind);
    }
  }

  // ---- drivers ---------------------------------------------------------------------------

  private drive(d: Drive, fn: FnInfo): string {
    const { es5 } = this.options;
    const id = this.id();
    const tag = `d${id}`;
    // Called with a receiver so `this` (and arrows' lexical `this`) is observable.
    const call = `${fn.name}.call({ k: ${id} }, ${[...d.args].join(", ")})`.replace(", )", ")");
    const make = `function () { return ${call}; }`;
    switch (fn.kind) {
      case "async":
        return `observe(${make}, "${tag}");`;
      case "generator": {
        if (d.consumer) {
          if (es5) return `consume(start(${make}, "${tag}"), ${d.breakAfter}, "${tag}");`;
          return [
            `try {`,
            `  let n = 0;`,
            `  for (const v of ${call}) { print("${tag} item", v); if (++n >= ${d.breakAfter}) break; }`,
            `  print("${tag} done");`,
            `} catch (e) { print("${tag} threw", ex(e)); }`,
          ].join("\n");
        }
        const it = `it${tag}`;
        const lines = [`var ${it} = start(${make}, "${tag}");`];
        d.steps.forEach((s, i) => lines.push(`step(${it}, "${firstOp(s, i)}", ${s.value}, "${tag}.${i}");`));
        return lines.join("\n");
      }
      case "asyncGenerator": {
        if (d.consumer) {
          return [
            `(async function () {`,
            `  try {`,
            `    var n = 0;`,
            `    for await (var v of ${call}) { print("${tag} item", v); if (++n >= ${d.breakAfter}) break; }`,
            `    print("${tag} done");`,
            `  } catch (e) { print("${tag} threw", ex(e)); }`,
            `})();`,
          ].join("\n");
        }
        const it = `it${tag}`;
        const q = `q${tag}`;
        const lines = [`var ${it} = start(${make}, "${tag}");`, `var ${q};`];
        d.steps.forEach((s, i) => {
          const request = `astep(${it}, "${firstOp(s, i)}", ${s.value}, "${tag}.${i}")`;
          lines.push(s.chained && i > 0 ? `${q} = ${q}.then(function () { return ${request}; });` : `${q} = ${request};`);
        });
        return lines.join("\n");
      }
      default:
        return assertNever(fn.kind);
    }
  }
}

/**
 * `throw`/`return` on a generator that has not started completes it without running any of
 * its code, so a first step is `next` except for one value in ten, which keeps that case.
 */
function firstOp(s: Step, index: number): Step["op"] {
  return index === 0 && s.value % 10 !== 0 ? "next" : s.op;
}

function visibleBindings(env: Env): Binding[] {
  const byName = new Map<string, Binding>();
  for (const b of env.bindings) {
    if (!env.hidden.has(b.name)) byName.set(b.name, b);
  }
  return [...byName.values()];
}

function pickTarget(env: Env, sel: number): string | null {
  const targets = visibleBindings(env).filter((b) => b.assignable);
  if (targets.length === 0) return null;
  return (targets[sel % targets.length] as Binding).name;
}

function indent(lines: readonly string[], levels = 1): string[] {
  const pad = "  ".repeat(levels);
  return lines.map((line) => pad + line);
}

function assertNever(value: never): never {
  throw new Error(`unhandled case ${JSON.stringify(value)}`);
}
