/**
 * build: a prepared function body → a FunctionGraph (see ./types.ts for the IR).
 *
 * Statements without a suspension are kept whole (opaque); statements with one are taken
 * apart into blocks. Expressions with a suspension are split by ./expressions.ts so that what
 * is evaluated before the suspension is kept in temporaries, in source order.
 *
 * Control-flow lowering, source → IR:
 *
 *   while (c) S            head: branch c ? body : exit;  body: S; goto head
 *   for (init; c; u) S     init; head: branch c ? body : exit; body: S; goto update;
 *                          update: [per-iteration cell copies]; u; goto head
 *   for (x of e) S         it = iter(e); head: r = step(it); branch r.done ? exit : body;
 *                          body: x = r.value; S; goto head   — S is inside a close region:
 *                          leaving it by break/return/throw closes `it` (a finally-like region)
 *   try B catch (e) C      B with handler = landing; landing: e = caught; C
 *   try B finally F        B inside a region; every way out of B sets (code, value) and goes
 *                          to F; F ends in a chain of branches on code (see ./types.ts)
 *   switch (d) { … }       d → temp; tests in order as branches; bodies in order, fall through
 *
 * Jumps are resolved against a stack of regions: breakable regions (loops, switch, labels)
 * and finally regions. A jump that crosses finally regions enters the innermost one with a
 * jump code; that region's end routes the code onward.
 */
import { types as t } from "@babel/core";
import type { Block, FunctionGraph, Local, ReservedNames, Suspension, SuspensionKind, Terminator } from "./types.js";
import { handOverCall, mentionedNames } from "./captures.js";
import { toAssignmentPattern } from "./declarations.js";
import type { Prepared } from "./prepare-types.js";
import { assignToLocal as assignStmt, cellOf } from "./ast.js";
import { containsSuspension } from "./suspensions.js";
import { readsOf, writesOf } from "./uses.js";
import { COMPLETION } from "../protocol.js";
import { ExpressionLowering, type Builder } from "./expressions.js";
import { replaceChildren } from "./walk.js";
import { topLevelAssignments, topLevelTargets, type TdzMarks } from "./tdz-marks.js";


interface BreakRegion {
  kind: "break";
  labels: string[];
  breakTarget: Block | null;
  continueTarget: Block | null;
  /** Unlabelled break/continue may target it (loops; switch for break). */
  implicitBreak: boolean;
  implicitContinue: boolean;
}

interface FinallyRegion {
  kind: "finally";
  code: Local;
  value: Local;
  entry: Block;
  /** Jump targets that leave through this region, with their codes. */
  jumps: Map<Block, number>;
}

type Region = BreakRegion | FinallyRegion;

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
  private current: Block;
  private handler: Block | null = null;
  private regions: Region[] = [];
  private readonly suspendCache = new WeakMap<t.Node, boolean>();
  private readonly expressions: ExpressionLowering;
  private readonly uid: (hint: string) => string;
  /** Statements emitted for the declaration being taken apart (see `declaring`). */
  private pieces: t.Statement[] | null = null;

  constructor(private readonly input: BuildInput) {
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

  private get tdz(): TdzMarks {
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
  private declaring(names: ReadonlySet<string>, build: () => void): t.Statement[] {
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
  private resetLoopHead(decl: t.VariableDeclaration): void {
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
      reads: readsOf(node, this.localsByName),
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
    const returnResume = this.newBlock(handler);
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
    this.enter(returnResume);
    if (this.kind === "asyncGenerator" && kind === "yield") {
      const awaited = this.suspend("await", t.identifier(this.names.sent), "await", loc, "value").value!;
      this.returnFrom(awaited);
    } else {
      this.returnFrom(t.identifier(this.names.sent));
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

  /** Emits the jump to `target`, entering the finally regions it crosses. `depth` = regions kept. */
  /**
   * How a jump to `target` (keeping `keep` regions) starts: straight there, or into the
   * innermost finally it crosses with a jump code, the completion value cleared (a stale one,
   * an earlier exception, must not stay live).
   */
  private jumpRoute(target: Block, keep: number): { statements: t.Statement[]; to: Block } {
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

  private jumpTo(target: Block, keep: number): void {
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

  private findJump(kind: "break" | "continue", label: string | null): { target: Block; keep: number } | null {
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

  statement(node: t.Statement, labels: string[] = []): void {
    const declared = this.tdz.declarations.get(node);
    if (declared && this.suspends(node)) {
      // A declaration taken apart: its pieces write the names, which are initialised only
      // where the last piece completes (see ./tdz-marks.ts).
      this.declaring(declared, () => this.expressions.discard((node as t.ExpressionStatement).expression));
      return;
    }
    if (!this.suspends(node)) {
      this.opaque(node);
      return;
    }
    switch (node.type) {
      case "ExpressionStatement":
        this.expressions.discard(node.expression);
        return;
      case "BlockStatement":
        for (const s of node.body) this.statement(s);
        return;
      case "IfStatement":
        return this.ifStatement(node);
      case "ReturnStatement":
        return this.returnStatement(node);
      case "ThrowStatement": {
        const arg = this.expressions.value(node.argument);
        this.terminate({ kind: "throw", argument: arg, reads: readsOf(arg, this.localsByName) });
        return;
      }
      case "LabeledStatement":
        return this.labeled(node, labels);
      case "WhileStatement":
        return this.whileLoop(node, labels);
      case "DoWhileStatement":
        return this.doWhileLoop(node, labels);
      case "ForStatement":
        return this.forLoop(node, labels);
      case "ForInStatement":
        return this.forInLoop(node, labels);
      case "ForOfStatement":
        return node.await ? this.forOfLoop(node, labels, true) : this.forOfLoop(node, labels, false);
      case "SwitchStatement":
        return this.switchStatement(node, labels);
      case "TryStatement":
        return this.tryStatement(node);
      case "VariableDeclaration":
        throw new Error(`internal: unexpected ${node.kind} declaration left by prepare`);
      default:
        throw new Error(`internal: cannot lower a ${node.type} with a suspension inside`);
    }
  }

  /** A statement with no suspension: kept whole; jumps out of it become escape edges. */
  private opaque(node: t.Statement): void {
    if (t.isBreakStatement(node) || t.isContinueStatement(node)) {
      const found = this.findJump(t.isBreakStatement(node) ? "break" : "continue", node.label?.name ?? null);
      if (!found) throw new Error("internal: jump target not found");
      this.jumpTo(found.target, found.keep);
      return;
    }
    // A `return` or `throw` of the taken-apart body ends its block as a terminator (routed
    // through the finally regions it leaves), not as an opaque statement followed by dead code.
    if (t.isReturnStatement(node)) {
      this.returnStatement(node);
      return;
    }
    if (t.isThrowStatement(node)) {
      this.terminate({ kind: "throw", argument: node.argument, reads: readsOf(node.argument, this.localsByName) });
      return;
    }
    if (t.isFunctionDeclaration(node)) throw new Error("internal: function declaration left by prepare");
    const escapes: Block[] = [];
    const rewritten = this.rewriteEscapes(node, escapes);
    this.emit(rewritten, escapes);
  }

  /**
   * Replaces break/continue that leave `node` for a taken-apart construct, and returns that
   * must run a taken-apart finally, with a jump marker (an empty block statement the emitter
   * turns into `state = N; continue loop`), preceded by the completion assignments.
   */
  private rewriteEscapes(node: t.Statement, escapes: Block[]): t.Statement {
    const builder = this;
    const innerLabels: string[] = [];
    let loopDepth = 0;
    let switchDepth = 0;
    const makeJump = (prefix: t.Statement[], target: Block): t.Statement => {
      const marker = t.blockStatement([]);
      builder.jumpMarks.set(marker, target);
      escapes.push(target);
      return t.blockStatement([...prefix, marker]);
    };
    const jumpStatements = (target: Block, keep: number): t.Statement => {
      const route = builder.jumpRoute(target, keep);
      return makeJump(route.statements, route.to);
    };
    const visit = (n: t.Node): t.Node => {
      if (t.isFunction(n) || t.isClass(n)) return n;
      if (t.isBreakStatement(n) || t.isContinueStatement(n)) {
        const isBreak = t.isBreakStatement(n);
        const label = n.label?.name ?? null;
        const internal = label !== null ? innerLabels.includes(label) : isBreak ? loopDepth + switchDepth > 0 : loopDepth > 0;
        if (internal) return n;
        const jump = builder.findJump(isBreak ? "break" : "continue", label);
        if (!jump) throw new Error("internal: jump target not found");
        return jumpStatements(jump.target, jump.keep);
      }
      if (t.isReturnStatement(n)) {
        const region = [...builder.regions].reverse().find((r): r is FinallyRegion => r.kind === "finally");
        if (!region) return n;
        return makeJump(
          [
            assignStmt(region.value.name, n.argument ?? t.buildUndefinedNode()),
            assignStmt(region.code.name, t.numericLiteral(COMPLETION.return)),
          ],
          region.entry,
        );
      }
      const isLoop = t.isLoop(n);
      const isSwitch = t.isSwitchStatement(n);
      const label = t.isLabeledStatement(n) ? n.label.name : null;
      if (label) innerLabels.push(label);
      if (isLoop) loopDepth++;
      if (isSwitch) switchDepth++;
      replaceChildren(n, visit);
      if (label) innerLabels.pop();
      if (isLoop) loopDepth--;
      if (isSwitch) switchDepth--;
      return n;
    };
    return visit(node) as t.Statement;
  }

  private ifStatement(node: t.IfStatement): void {
    const test = this.expressions.value(node.test);
    const thenBlock = this.newBlock();
    const after = this.newBlock();
    const elseBlock = node.alternate ? this.newBlock() : after;
    this.branch(test, thenBlock, elseBlock);
    this.enter(thenBlock);
    this.statement(node.consequent);
    if (this.isOpen) this.goto(after);
    if (node.alternate) {
      this.enter(elseBlock);
      this.statement(node.alternate);
      if (this.isOpen) this.goto(after);
    }
    this.enter(after);
  }

  private returnStatement(node: t.ReturnStatement): void {
    let value: t.Expression | null = node.argument ? this.expressions.value(node.argument) : null;
    if (value && this.kind === "asyncGenerator") {
      value = this.suspend("await", value, "await", node.loc, "value").value;
    }
    this.returnFrom(value);
  }

  private labeled(node: t.LabeledStatement, labels: string[]): void {
    const all = [...labels, node.label.name];
    const body = node.body;
    if (t.isLoop(body) || t.isSwitchStatement(body) || t.isLabeledStatement(body)) {
      this.statement(body, all);
      return;
    }
    if (!this.suspends(body)) {
      this.opaque(t.labeledStatement(node.label, body));
      return;
    }
    const after = this.newBlock();
    this.regions.push({ kind: "break", labels: all, breakTarget: after, continueTarget: null, implicitBreak: false, implicitContinue: false });
    this.statement(body);
    this.regions.pop();
    if (this.isOpen) this.goto(after);
    this.enter(after);
  }

  private loopRegion(labels: string[], exit: Block, cont: Block): BreakRegion {
    return { kind: "break", labels, breakTarget: exit, continueTarget: cont, implicitBreak: true, implicitContinue: true };
  }

  private whileLoop(node: t.WhileStatement, labels: string[]): void {
    const head = this.newBlock();
    const body = this.newBlock();
    const exit = this.newBlock();
    this.goto(head);
    this.enter(head);
    this.branch(this.expressions.value(node.test), body, exit);
    this.enter(body);
    this.regions.push(this.loopRegion(labels, exit, head));
    this.statement(node.body);
    this.regions.pop();
    if (this.isOpen) this.goto(head);
    this.enter(exit);
  }

  private doWhileLoop(node: t.DoWhileStatement, labels: string[]): void {
    const body = this.newBlock();
    const test = this.newBlock();
    const exit = this.newBlock();
    this.goto(body);
    this.enter(body);
    this.regions.push(this.loopRegion(labels, exit, test));
    this.statement(node.body);
    this.regions.pop();
    if (this.isOpen) this.goto(test);
    this.enter(test);
    this.branch(this.expressions.value(node.test), body, exit);
    this.enter(exit);
  }

  /** The TDZ candidates a loop head declares. */
  private headCandidates(decl: t.VariableDeclaration): Set<string> {
    const out = new Set<string>();
    if (decl.kind === "var") return out;
    for (const d of decl.declarations) {
      for (const name of Object.keys(t.getBindingIdentifiers(d.id))) if (this.tdz.candidates.has(name)) out.add(name);
    }
    return out;
  }

  /** The cell locals a loop head declares, which get a fresh copy per iteration. */
  private declaredCells(decl: t.VariableDeclaration): Local[] {
    const out: Local[] = [];
    for (const d of decl.declarations) {
      for (const name of Object.keys(t.getBindingIdentifiers(d.id))) {
        const local = this.localsByName.get(name);
        if (local?.cell) out.push(local);
      }
    }
    return out;
  }

  private forLoop(node: t.ForStatement, labels: string[]): void {
    let perIteration: Local[] = [];
    if (node.init) {
      if (t.isVariableDeclaration(node.init)) {
        const init = node.init;
        perIteration = init.kind === "var" ? [] : this.declaredCells(init);
        const names = this.headCandidates(init);
        if (names.size > 0) {
          this.resetLoopHead(init);
          for (const piece of this.declaring(names, () => this.declare(init))) {
            const cellName = freshCellTarget(piece);
            if (cellName && names.has(cellName)) this.tdz.fillsResetCell.set(piece, cellName);
          }
        } else {
          this.declare(init);
        }
      } else {
        this.expressions.discard(node.init);
      }
    }
    const copyCells = () => {
      for (const cell of perIteration) {
        this.emitAssign(cell, cellOf(t.memberExpression(t.identifier(cell.name), t.identifier("v"))));
        this.tdz.internal.add(this.current.instrs[this.current.instrs.length - 1]!.node);
      }
    };
    copyCells();
    // Emitted in creation order: update falls into the test, the test into the body, so an
    // iteration costs one dispatch (the jump from the body's end to the update).
    const update = this.newBlock();
    const head = this.newBlock();
    const body = this.newBlock();
    const exit = this.newBlock();
    this.goto(head);
    this.enter(head);
    if (node.test) this.branch(this.expressions.value(node.test), body, exit);
    else this.goto(body);
    this.enter(body);
    this.regions.push(this.loopRegion(labels, exit, update));
    this.statement(node.body);
    this.regions.pop();
    if (this.isOpen) this.goto(update);
    this.enter(update);
    copyCells();
    if (node.update) this.expressions.discard(node.update);
    if (this.isOpen) this.goto(head);
    this.enter(exit);
  }

  /** A `let`/`const`/`var` declaration in a loop head, as assignments (cells made fresh). */
  private declare(decl: t.VariableDeclaration): void {
    for (const d of decl.declarations) {
      if (t.isIdentifier(d.id)) {
        const local = this.localsByName.get(d.id.name)!;
        const init = d.init ?? (decl.kind === "var" ? null : t.buildUndefinedNode());
        if (!init) continue;
        const value = this.expressions.value(init);
        if (local.cell && decl.kind !== "var") this.emitAssign(local, cellOf(value), d.loc);
        else if (local.cell) this.emit(assignStmt(`${local.name}`, value, true));
        else this.emitAssign(local, value, d.loc);
      } else if (d.init) {
        this.assignPattern(d.id as t.LVal, this.expressions.value(d.init), decl.kind !== "var");
      }
    }
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

  private bindHeadDeclaring(left: t.ForXStatement["left"], value: t.Expression, names: ReadonlySet<string>): void {
    if (names.size > 0) this.declaring(names, () => this.bindHead(left, value));
    else this.bindHead(left, value);
  }

  /** Binds the loop variable of a for-in/for-of head to `value`. */
  private bindHead(left: t.ForXStatement["left"], value: t.Expression): void {
    if (t.isVariableDeclaration(left)) {
      const d = left.declarations[0]!;
      if (t.isIdentifier(d.id)) {
        const local = this.localsByName.get(d.id.name)!;
        if (local.cell && left.kind !== "var") this.emitAssign(local, cellOf(value));
        else if (local.cell) this.emit(assignStmt(local.name, value, true));
        else this.emitAssign(local, value);
      } else {
        this.assignPattern(d.id as t.LVal, value, left.kind !== "var");
      }
      return;
    }
    if (this.suspends(left)) {
      this.expressions.assignTo(left as t.LVal, value);
      return;
    }
    this.emit(t.expressionStatement(t.assignmentExpression("=", left as t.AssignmentExpression["left"], value)));
  }

  private forInLoop(node: t.ForInStatement, labels: string[]): void {
    const headNames = t.isVariableDeclaration(node.left) ? this.headCandidates(node.left) : new Set<string>();
    // The right side runs where the head's bindings exist but are uninitialised.
    if (headNames.size > 0) this.resetLoopHead(node.left as t.VariableDeclaration);
    const object = this.expressions.value(node.right);
    const keys = this.temp(`for-in keys (line ${node.loc?.start.line ?? "?"})`);
    const key = this.temp("for-in key");
    this.emitAssign(keys, this.runtime("forIn", [object]));
    const head = this.newBlock();
    const body = this.newBlock();
    const exit = this.newBlock();
    this.goto(head);
    this.enter(head);
    this.emitAssign(key, this.runtime("nextKey", [t.identifier(keys.name)]));
    this.branch(t.binaryExpression("===", t.identifier(key.name), t.buildUndefinedNode()), exit, body);
    this.enter(body);
    this.bindHeadDeclaring(node.left, t.identifier(key.name), headNames);
    this.regions.push(this.loopRegion(labels, exit, head));
    this.statement(node.body);
    this.regions.pop();
    if (this.isOpen) this.goto(head);
    this.enter(exit);
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
  private withFinally(
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
  private keepFor(target: Block): number {
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const r = this.regions[i]!;
      if (r.kind === "break" && (r.breakTarget === target || r.continueTarget === target)) return i + 1;
      if (r.kind === "finally" && r.entry === target) return i + 1;
    }
    return 0;
  }

  private forOfLoop(node: t.ForOfStatement, labels: string[], isAwait: boolean): void {
    const line = node.loc?.start.line ?? "?";
    const headNames = t.isVariableDeclaration(node.left) ? this.headCandidates(node.left) : new Set<string>();
    // The right side runs where the head's bindings exist but are uninitialised.
    if (headNames.size > 0) this.resetLoopHead(node.left as t.VariableDeclaration);
    const iterable = this.expressions.value(node.right);
    const iterator = this.temp(`${isAwait ? "for-await" : "for-of"} iterator (line ${line})`);
    const result = this.temp(`${isAwait ? "for-await" : "for-of"} step`);
    this.emitAssign(iterator, this.runtime(isAwait ? "asyncIter" : "iter", [iterable]));
    const exit = this.newBlock();
    const head = this.newBlock();
    this.goto(head);
    // break leaves (and closes); continue stays inside the close region.
    this.regions.push({ kind: "break", labels, breakTarget: exit, continueTarget: null, implicitBreak: true, implicitContinue: false });
    this.enter(head);
    if (isAwait) {
      // The iterator record's `next`, read once by asyncIter: { i: iterator, n: next }.
      const record = (key: string) => t.memberExpression(t.identifier(iterator.name), t.identifier(key));
      const next = t.callExpression(t.memberExpression(record("n"), t.identifier("call")), [record("i")]);
      this.suspend("await", next, "for-await", node.loc, result);
      this.emit(t.expressionStatement(this.runtime("checkResult", [t.identifier(result.name)])));
    } else {
      this.emitAssign(result, this.runtime("step", [t.identifier(iterator.name)]));
    }
    // Reading `done` and `value` is outside the close region: their errors do not close.
    const valueBlock = this.newBlock();
    this.branch(t.memberExpression(t.identifier(result.name), t.identifier("done")), exit, valueBlock);
    this.enter(valueBlock);
    const value = this.temp(`${isAwait ? "for-await" : "for-of"} value`);
    this.emitAssign(value, t.memberExpression(t.identifier(result.name), t.identifier("value")));
    this.withFinally(
      () => {
        this.bindHeadDeclaring(node.left, t.identifier(value.name), headNames);
        this.regions.push({ kind: "break", labels, breakTarget: null, continueTarget: head, implicitBreak: false, implicitContinue: true });
        this.statement(node.body);
        this.regions.pop();
        if (this.isOpen) this.goto(head);
      },
      (region) => {
        const isThrow = t.binaryExpression("===", t.identifier(region.code.name), t.numericLiteral(COMPLETION.throw));
        if (isAwait) {
          this.asyncClose(iterator, isThrow);
        } else {
          this.emit(t.expressionStatement(this.runtime("close", [t.identifier(iterator.name), isThrow])));
        }
      },
      false,
      `${isAwait ? "for-await" : "for-of"} (line ${line})`,
    );
    this.regions.pop();
    if (this.isOpen) this.goto(exit);
    this.enter(exit);
  }

  /** AsyncIteratorClose: await `return()`; on a throw completion its errors are ignored. */
  private asyncClose(iterator: Local, isThrow: t.Expression): void {
    const method = this.temp("for-await return method");
    const res = this.temp("for-await return result");
    const it = () => t.memberExpression(t.identifier(iterator.name), t.identifier("i"));
    const call = () => t.callExpression(t.memberExpression(t.identifier(method.name), t.identifier("call")), [it()]);
    const ast = t.ifStatement(
      isThrow,
      t.tryStatement(
        t.blockStatement([
          assignStmt(method.name, t.memberExpression(it(), t.identifier("return"))),
          t.ifStatement(
            t.binaryExpression("!=", t.identifier(method.name), t.nullLiteral()),
            t.expressionStatement(t.awaitExpression(call())),
          ),
        ]),
        t.catchClause(null, t.blockStatement([])),
      ),
      t.blockStatement([
        assignStmt(method.name, t.memberExpression(it(), t.identifier("return"))),
        t.ifStatement(
          t.binaryExpression("!=", t.identifier(method.name), t.nullLiteral()),
          t.blockStatement([
            assignStmt(res.name, t.awaitExpression(call())),
            t.expressionStatement(this.runtime("checkResult", [t.identifier(res.name)])),
          ]),
        ),
      ]),
    );
    this.statement(ast);
  }

  private switchStatement(node: t.SwitchStatement, labels: string[]): void {
    const hoisted = this.input.prepared.switchPrologues.get(node);
    if (hoisted) for (const s of hoisted) this.statement(s);
    const discriminant = this.temp("switch value");
    this.emitAssign(discriminant, this.expressions.value(node.discriminant));
    const exit = this.newBlock();
    const bodies = node.cases.map(() => this.newBlock());
    let defaultIndex = -1;
    node.cases.forEach((c, i) => {
      if (!c.test) {
        defaultIndex = i;
        return;
      }
      const test = this.expressions.value(c.test);
      const next = this.newBlock();
      this.branch(t.binaryExpression("===", t.identifier(discriminant.name), test), bodies[i]!, next);
      this.enter(next);
    });
    this.goto(defaultIndex >= 0 ? bodies[defaultIndex]! : exit);
    this.regions.push({ kind: "break", labels, breakTarget: exit, continueTarget: null, implicitBreak: true, implicitContinue: false });
    node.cases.forEach((c, i) => {
      this.enter(bodies[i]!);
      for (const s of c.consequent) this.statement(s);
      if (this.isOpen) this.goto(i + 1 < bodies.length ? bodies[i + 1]! : exit);
    });
    this.regions.pop();
    this.enter(exit);
  }

  private tryStatement(node: t.TryStatement): void {
    const buildTryAndCatch = (afterHandler: Block | null) => {
      if (!node.handler) {
        this.statement(node.block);
        return;
      }
      const outer = this.handler;
      const landing = this.newBlock(afterHandler ?? outer);
      const param = node.handler.param;
      let caughtInto: Local | "discard" = "discard";
      if (param && t.isIdentifier(param)) caughtInto = this.localsByName.get(param.name)!;
      else if (param) caughtInto = this.temp("catch value");
      landing.catchesInto = caughtInto;
      const after = this.newBlock(outer);
      this.handler = landing;
      this.continueInNewBlock();
      this.statement(node.block);
      this.handler = outer;
      if (this.isOpen) this.goto(after);
      this.enter(landing);
      if (param && !t.isIdentifier(param)) {
        this.assignPattern(param as t.LVal, t.identifier((caughtInto as Local).name), true);
      }
      this.statement(node.handler.body);
      if (this.isOpen) this.goto(after);
      this.enter(after);
    };
    if (!node.finalizer) {
      buildTryAndCatch(null);
      return;
    }
    const finalizer = node.finalizer;
    this.withFinally(
      (_region, throwLanding) => buildTryAndCatch(throwLanding),
      () => this.statement(finalizer),
      true,
      `finally (line ${finalizer.loc?.start.line ?? "?"})`,
    );
  }
}



/** `x = { v: e }`: the name of the cell a statement creates, or null. */
function freshCellTarget(node: t.Statement): string | null {
  if (!t.isExpressionStatement(node) || !t.isAssignmentExpression(node.expression, { operator: "=" })) return null;
  const { left, right } = node.expression;
  if (!t.isIdentifier(left) || !t.isObjectExpression(right) || right.properties.length !== 1) return null;
  const prop = right.properties[0]!;
  return t.isObjectProperty(prop) && t.isIdentifier(prop.key, { name: "v" }) ? left.name : null;
}
