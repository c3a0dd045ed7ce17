/**
 * The graph builder: the state of building one function's FunctionGraph and the primitives
 * every statement and expression lowering uses: locals and temporaries, blocks, the current
 * block and its exception handler, emitting statements and terminators, suspensions, and the
 * stack of regions (breakable statements and finally-like regions) that jumps resolve
 * against. How each statement is taken apart is in ./build-statements.ts and
 * ./build-loops.ts; expressions in ./expressions.ts; ./build.ts puts them together.
 *
 * Invariants: code after a terminator starts a new block (it is unreachable until something
 * jumps to that block); `handler` is the handler of every block made while it is set; a jump
 * that crosses a finally region enters the innermost one with a jump code, which that
 * region's end routes onward.
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph, Local, ReservedNames, Suspension, SuspensionKind, Terminator } from "./types.js";
import { handOverCall, mentionedNames } from "./captures.js";
import { toAssignmentPattern } from "./declarations.js";
import type { Prepared } from "./prepare-types.js";
import { assignToLocal as assignStmt, cellOf } from "./ast.js";
import { containsSuspension } from "./suspensions.js";
import { exposedReadsOf, readsOf, writesOf } from "./uses.js";
import { COMPLETION } from "../protocol.js";
import { ExpressionLowering } from "./expressions.js";
import type { Builder } from "./builder-interface.js";
import { topLevelAssignments, topLevelTargets, type TdzMarks } from "./tdz-marks.js";

export interface BreakRegion {
  kind: "break";
  labels: string[];
  breakTarget: Block | null;
  continueTarget: Block | null;
  /** Unlabelled break/continue may target it (loops; switch for break). */
  implicitBreak: boolean;
  implicitContinue: boolean;
}

export interface FinallyRegion {
  kind: "finally";
  code: Local;
  value: Local;
  entry: Block;
  /** Jump targets that leave through this region, with their codes. */
  jumps: Map<Block, number>;
}

export type Region = BreakRegion | FinallyRegion;

export interface BuildInput {
  prepared: Prepared;
  body: t.BlockStatement;
  names: ReservedNames;
  /** Statements that set up locals at entry (parameters evaluated in the body, cells). */
  entryStatements: t.Statement[];
  startLocals: Array<{ name: string; init: t.Expression }>;
  uid: (hint: string) => string;
  /** Runtime helpers the emitted code calls, collected for the file. */
  helpers: Set<string>;
}

export class GraphBuilder implements Builder {
  readonly blocks: Block[] = [];
  readonly locals: Local[] = [];
  readonly localsByName = new Map<string, Local>();
  readonly suspensions: Suspension[] = [];
  readonly jumpMarks = new WeakMap<t.Node, Block>();
  readonly kind: Prepared["kind"];
  readonly names: ReservedNames;
  // The statement lowerings (./build-statements.ts, ./build-loops.ts) read and set these.
  current: Block;
  handler: Block | null = null;
  readonly regions: Region[] = [];
  readonly expressions: ExpressionLowering;
  private readonly suspendCache = new WeakMap<t.Node, boolean>();
  private readonly uid: (hint: string) => string;
  /** Statements emitted for the declaration being taken apart (see `declaring`). */
  private pieces: t.Statement[] | null = null;

  constructor(
    readonly input: BuildInput,
    private readonly lowerStatement: (b: GraphBuilder, node: t.Statement, labels: string[]) => void,
  ) {
    this.kind = input.prepared.kind;
    this.names = input.names;
    this.uid = input.uid;
    for (const p of input.prepared.locals) {
      this.addLocal(p.name, p.displayName, false, p.cell);
    }
    this.current = this.newBlock();
    this.expressions = new ExpressionLowering(this);
  }

  build(): FunctionGraph {
    const entry = this.current;
    for (const s of this.input.entryStatements) this.statement(s);
    for (const s of this.input.body.body) this.statement(s);
    if (!this.current.term) this.terminate({ kind: "return", argument: null, reads: new Set() });
    const startLocals = this.input.startLocals.map(({ name, init }) => ({ local: this.localsByName.get(name)!, init }));
    return {
      kind: this.kind,
      entry,
      blocks: this.blocks,
      locals: this.locals,
      startLocals,
      suspensions: this.suspensions,
      names: this.names,
      jumpMarks: this.jumpMarks,
    };
  }

  // ---- locals and blocks -------------------------------------------------------------------

  addLocal(name: string, displayName: string, temporary: boolean, cell = false): Local {
    const local: Local = { id: this.locals.length, name, displayName, temporary, cell };
    this.locals.push(local);
    this.localsByName.set(name, local);
    return local;
  }

  temp(displayName: string): Local {
    return this.addLocal(this.uid("t"), displayName, true);
  }

  newBlock(handler: Block | null = this.handler): Block {
    const block: Block = { id: this.blocks.length, instrs: [], term: null, handler, catchesInto: null };
    this.blocks.push(block);
    return block;
  }

  /** Continues building in `block` (a fresh block with no terminator yet). */
  enter(block: Block): void {
    this.current = block;
  }

  /** Starts a new block (with the current handler) that the current one falls into. */
  continueInNewBlock(): void {
    const next = this.newBlock();
    if (this.isOpen) this.goto(next);
    this.enter(next);
  }

  get isOpen(): boolean {
    return this.current.term === null;
  }

  get tdz(): TdzMarks {
    return this.input.prepared.tdz;
  }

  /**
   * An object literal whose suspensions were split out of it, made with the cells its methods
   * use as they are now: prepare cannot wrap a literal that suspends (its `yield` would land in
   * the wrapper), and a method cannot be wrapped alone.
   */
  withCellsHandedOver(literal: t.ObjectExpression): t.Expression {
    const handed = new Set(this.input.prepared.locals.filter((l) => l.cell || l.capturedByValue).map((l) => l.name));
    if (handed.size === 0) return literal;
    const methods = literal.properties.filter((p) => t.isObjectMethod(p));
    if (!methods.some((m) => mentionedNames(m, handed).size > 0)) return literal;
    return handOverCall(literal, [...mentionedNames(literal, handed)].sort(), this.tdz);
  }

  /**
   * Runs `build`, which emits a declaration of `names` in pieces; the last piece that writes
   * each name is its declaring write, and a marker after the pieces says where the names
   * are initialised.
   */
  declaring(names: ReadonlySet<string>, build: () => void): t.Statement[] {
    const outer = this.pieces;
    const pieces: t.Statement[] = [];
    this.pieces = pieces;
    build();
    this.pieces = outer;
    // A cell's `x.v = e` split around a suspension writes through a temporary holding the cell.
    const aliases = new Map<string, string>();
    for (const piece of pieces) {
      for (const e of topLevelAssignments(piece)) {
        if (t.isIdentifier(e.left) && t.isIdentifier(e.right) && names.has(e.right.name) && this.localsByName.get(e.left.name)?.temporary) {
          aliases.set(e.left.name, e.right.name);
        }
      }
    }
    const left = new Set(names);
    for (let i = pieces.length - 1; i >= 0 && left.size > 0; i--) {
      const written = [...topLevelTargets(pieces[i]!)].filter((n) => left.has(aliases.get(n) ?? n));
      if (written.length === 0) continue;
      for (const n of written) left.delete(aliases.get(n) ?? n);
      this.tdz.declarationParts.set(pieces[i]!, new Set(written));
    }
    const marker = t.emptyStatement();
    this.tdz.initialized.set(marker, names);
    this.emit(marker);
    return pieces;
  }

  /** `x = undefined` (or a fresh cell) before a loop head binds `x`: the head's TDZ. */
  resetLoopHead(decl: t.VariableDeclaration): void {
    if (decl.kind === "var") return;
    for (const d of decl.declarations) {
      for (const name of Object.keys(t.getBindingIdentifiers(d.id))) {
        const local = this.localsByName.get(name);
        if (!local || !this.tdz.candidates.has(name)) continue;
        const value = local.cell ? cellOf(t.buildUndefinedNode()) : t.buildUndefinedNode();
        const stmt = assignStmt(name, value);
        const holder = local.cell
          ? { node: (value as t.ObjectExpression).properties[0]!, key: "value" }
          : { node: stmt.expression, key: "right" };
        this.tdz.resets.set(stmt, { local: name, removable: true, holder });
        this.emit(stmt);
      }
    }
  }

  /** Appends a statement to the current block; code after a terminator is unreachable. */
  emit(node: t.Statement, escapes: Block[] = []): void {
    this.pieces?.push(node);
    if (this.current.term) this.current = this.newBlock();
    this.current.instrs.push({
      kind: "stmt",
      node,
      reads: exposedReadsOf(node, this.localsByName),
      writes: escapes.length > 0 ? new Set() : writesOf(node, this.localsByName),
      escapes,
    });
  }

  emitAssign(target: Local, value: t.Expression, loc?: t.SourceLocation | null): void {
    const stmt = t.expressionStatement(t.assignmentExpression("=", t.identifier(target.name), value));
    if (loc) stmt.loc = loc;
    this.emit(stmt);
  }

  terminate(term: Terminator): void {
    if (this.current.term) this.current = this.newBlock();
    this.current.term = term;
  }

  goto(target: Block): void {
    this.terminate({ kind: "goto", target });
  }

  branch(test: t.Expression, then: Block, otherwise: Block): void {
    this.terminate({ kind: "branch", test, reads: readsOf(test, this.localsByName), then, else: otherwise });
  }

  suspends(node: t.Node | null | undefined): boolean {
    if (!node) return false;
    let v = this.suspendCache.get(node);
    if (v === undefined) {
      v = containsSuspension(node, this.kind);
      this.suspendCache.set(node, v);
    }
    return v;
  }

  /**
   * Ends the current block with a suspension and continues in its resume block. Returns the
   * suspension, and the expression holding the sent value (a fresh temporary, or `want`), or
   * null when discarded.
   */
  suspend(
    kind: SuspensionKind,
    argument: t.Expression,
    label: Suspension["label"],
    loc: t.SourceLocation | null | undefined,
    want: "value" | "discard" | Local,
  ): { suspension: Suspension; value: t.Expression | null } {
    const handler = this.handler;
    const resume = this.newBlock(handler);
    const throwResume = this.newBlock(handler);
    // An async function is never resumed with a return (its driver sends values and
    // rejections only): its return edge is the throw edge again, and no code is made for it.
    const neverReturned = this.kind === "async";
    const returnResume = neverReturned ? throwResume : this.newBlock(handler);
    const modeLocal = kind === "yieldRaw" ? this.temp("yield* resume mode") : null;
    const suspension: Suspension = {
      index: this.suspensions.length,
      kind,
      argument,
      reads: readsOf(argument, this.localsByName),
      resume,
      throwResume,
      returnResume,
      modeLocal,
      loc: loc ?? null,
      label,
    };
    this.suspensions.push(suspension);
    this.terminate({ kind: "suspend", suspension });
    const sent = t.identifier(this.names.sent);
    // Mode 1: the sent value is thrown where the suspension stands.
    this.enter(throwResume);
    this.terminate({ kind: "throw", argument: sent, reads: new Set() });
    // Mode 2: a return completion from here; an async generator awaits the value first.
    if (!neverReturned) {
      this.enter(returnResume);
      if (this.kind === "asyncGenerator" && kind === "yield") {
        const awaited = this.suspend("await", t.identifier(this.names.sent), "await", loc, "value").value!;
        this.returnFrom(awaited);
      } else {
        this.returnFrom(t.identifier(this.names.sent));
      }
    }
    this.enter(resume);
    if (kind === "yieldRaw") {
      this.emitAssign(modeLocal!, t.identifier(this.names.mode));
    }
    if (want === "discard") return { suspension, value: null };
    const target = want === "value" ? this.temp(`${label} result`) : want;
    this.emitAssign(target, t.identifier(this.names.sent));
    return { suspension, value: t.identifier(target.name) };
  }

  // ---- jumps --------------------------------------------------------------------------------

  /**
   * How a jump to `target` (keeping `keep` regions) starts: straight there, or into the
   * innermost finally it crosses with a jump code, the completion value cleared (a stale one,
   * an earlier exception, must not stay live).
   */
  jumpRoute(target: Block, keep: number): { statements: t.Statement[]; to: Block } {
    for (let i = this.regions.length - 1; i >= keep; i--) {
      const region = this.regions[i]!;
      if (region.kind === "finally") {
        let code = region.jumps.get(target);
        if (code === undefined) {
          code = COMPLETION.firstJump + region.jumps.size;
          region.jumps.set(target, code);
        }
        return {
          statements: [assignStmt(region.value.name, t.buildUndefinedNode()), assignStmt(region.code.name, t.numericLiteral(code))],
          to: region.entry,
        };
      }
    }
    return { statements: [], to: target };
  }

  jumpTo(target: Block, keep: number): void {
    const route = this.jumpRoute(target, keep);
    for (const stmt of route.statements) this.emit(stmt);
    this.goto(route.to);
  }

  /** Routes a return completion with `value` through enclosing finally regions. */
  returnFrom(value: t.Expression | null): void {
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const region = this.regions[i]!;
      if (region.kind === "finally") {
        this.emitAssign(region.value, value ?? t.buildUndefinedNode());
        this.emitAssign(region.code, t.numericLiteral(COMPLETION.return));
        this.goto(region.entry);
        return;
      }
    }
    this.terminate({ kind: "return", argument: value, reads: value ? readsOf(value, this.localsByName) : new Set() });
  }

  findJump(kind: "break" | "continue", label: string | null): { target: Block; keep: number } | null {
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const r = this.regions[i]!;
      if (r.kind !== "break") continue;
      const target = kind === "break" ? r.breakTarget : r.continueTarget;
      if (!target) continue;
      if (label === null ? (kind === "break" ? r.implicitBreak : r.implicitContinue) : r.labels.includes(label)) {
        return { target, keep: i + 1 };
      }
    }
    return null;
  }

  // ---- statements ---------------------------------------------------------------------------

  /** Lowers a statement (./build-statements.ts), appending to the current block. */
  statement(node: t.Statement, labels: string[] = []): void {
    this.lowerStatement(this, node, labels);
  }

  /** Assigns `value` to a binding pattern of locals; `fresh` makes new cells (let/const). */
  assignPattern(pattern: t.LVal, value: t.Expression, fresh: boolean): void {
    if (fresh) {
      for (const name of Object.keys(t.getBindingIdentifiers(pattern))) {
        const local = this.localsByName.get(name);
        if (local?.cell) this.emitAssign(local, cellOf(t.buildUndefinedNode()));
      }
    }
    const target = toAssignmentPattern(pattern, this.input.prepared.localsByName, this.input.prepared.nativeNames);
    if (t.isIdentifier(target)) {
      const local = this.localsByName.get(target.name);
      if (local) {
        this.emitAssign(local, value);
        return;
      }
    }
    if (this.suspends(target)) {
      this.expressions.destructure(target, value);
      return;
    }
    this.emit(t.expressionStatement(t.assignmentExpression("=", target as t.AssignmentExpression["left"], value)));
  }

  runtime(helper: string, args: t.Expression[]): t.CallExpression {
    this.input.helpers.add(helper);
    return t.callExpression(t.memberExpression(t.identifier(this.names.runtime), t.identifier(helper)), args);
  }

  /**
   * A finally-like region: `protectedPart` runs with handler = the region's throw landing and
   * the region on the stack; `finallyPart` runs on every way out that is not a normal fall-off
   * (normal completion reaches `after` directly only when `normalEntersFinally` is false).
   */
  withFinally(
    protectedPart: (region: FinallyRegion, throwLanding: Block) => void,
    finallyPart: (region: FinallyRegion) => void,
    normalEntersFinally: boolean,
    display: string,
  ): void {
    const outerHandler = this.handler;
    const code = this.temp(`${display} completion`);
    const value = this.temp(`${display} value`);
    const entry = this.newBlock(outerHandler);
    const throwLanding = this.newBlock(outerHandler);
    throwLanding.catchesInto = value;
    const region: FinallyRegion = { kind: "finally", code, value, entry, jumps: new Map() };
    const after = this.newBlock(outerHandler);

    this.regions.push(region);
    this.handler = throwLanding;
    this.continueInNewBlock();
    protectedPart(region, throwLanding);
    this.handler = outerHandler;
    this.regions.pop();
    if (this.isOpen) {
      if (normalEntersFinally) {
        this.emitAssign(value, t.buildUndefinedNode());
        this.emitAssign(code, t.numericLiteral(COMPLETION.normal));
        this.goto(entry);
      } else {
        this.goto(after);
      }
    }

    this.enter(throwLanding);
    this.emitAssign(code, t.numericLiteral(COMPLETION.throw));
    this.goto(entry);

    this.enter(entry);
    finallyPart(region);
    if (this.isOpen) {
      // The end of the finally: route the completion record.
      const codeId = () => t.identifier(code.name);
      const next = () => this.newBlock(outerHandler);
      if (normalEntersFinally) {
        const other = next();
        this.branch(t.binaryExpression("===", codeId(), t.numericLiteral(COMPLETION.normal)), after, other);
        this.enter(other);
      }
      const notThrow = next();
      const rethrow = next();
      this.branch(t.binaryExpression("===", codeId(), t.numericLiteral(COMPLETION.throw)), rethrow, notThrow);
      this.enter(rethrow);
      this.terminate({ kind: "throw", argument: t.identifier(value.name), reads: new Set([value]) });
      this.enter(notThrow);
      for (const [target, jumpCode] of region.jumps) {
        const take = next();
        const rest = next();
        this.branch(t.binaryExpression("===", codeId(), t.numericLiteral(jumpCode)), take, rest);
        this.enter(take);
        const keep = this.keepFor(target);
        this.jumpTo(target, keep);
        this.enter(rest);
      }
      this.returnFrom(t.identifier(value.name));
    }
    this.enter(after);
  }

  /** How many regions stay on the stack when jumping to `target` from here. */
  keepFor(target: Block): number {
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const r = this.regions[i]!;
      if (r.kind === "break" && (r.breakTarget === target || r.continueTarget === target)) return i + 1;
      if (r.kind === "finally" && r.entry === target) return i + 1;
    }
    return 0;
  }

}
