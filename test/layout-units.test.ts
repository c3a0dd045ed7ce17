/**
 * Unit tests of liveness and slot assignment on small hand-built graphs, with the expected
 * live sets and layouts written out, and of the independent slot checker.
 */
import assert from "node:assert/strict";
import { parseSync, types as t } from "@babel/core";
import { analyzeLiveness } from "../src/analysis/liveness.js";
import { assignSlots } from "../src/alloc/slots.js";
import { checkSlots } from "../src/alloc/check.js";
import { analyzeSlotSync } from "../src/analysis/slot-sync.js";
import { exposedReadsOf } from "../src/ir/uses.js";
import type { Block, FunctionGraph, Local, Suspension, ReservedNames } from "../src/ir/types.js";

const names: ReservedNames = { machine: "m", state: "st", mode: "md", sent: "sn", slots: "s", caught: "c", operand: "v", loop: "l", jump: "j", escape: "esc", complete: "done", runtime: "rt" };

function local(id: number, name: string): Local {
  return { id, name, displayName: name, temporary: false, cell: false };
}

class GraphKit {
  blocks: Block[] = [];
  suspensions: Suspension[] = [];
  block(handler: Block | null = null): Block {
    const b: Block = { id: this.blocks.length, instrs: [], term: null, handler, catchesInto: null };
    this.blocks.push(b);
    return b;
  }
  /** `target = f(reads...)` as an opaque statement. */
  def(b: Block, target: Local | null, reads: Local[]): void {
    b.instrs.push({
      kind: "stmt",
      node: t.emptyStatement(),
      reads: new Set(reads),
      writes: new Set(target ? [target] : []),
      escapes: [],
    });
  }
  suspend(b: Block, reads: Local[], resume: Block, throwResume: Block, returnResume: Block): Suspension {
    const s: Suspension = {
      index: this.suspensions.length, kind: "yield", argument: t.identifier("x"), reads: new Set(reads),
      resume, throwResume, returnResume, modeLocal: null, loc: null, label: "yield",
    };
    this.suspensions.push(s);
    b.term = { kind: "suspend", suspension: s };
    return s;
  }
  /** The blocks a suspension resumes into: resume, throw (rethrows the sent value), return. */
  resumes(handler: Block | null = null): [Block, Block, Block] {
    const resume = this.block(handler);
    const thr = this.block(handler);
    const rtn = this.block(handler);
    thr.term = { kind: "throw", argument: t.identifier("sn"), reads: new Set() };
    this.ret(rtn);
    return [resume, thr, rtn];
  }
  ret(b: Block, reads: Local[] = []): void {
    b.term = { kind: "return", argument: null, reads: new Set(reads) };
  }
  graph(entry: Block, locals: Local[]): FunctionGraph {
    return { kind: "generator", entry, blocks: this.blocks, locals, startLocals: [], suspensions: this.suspensions, names, jumpMarks: new WeakMap() };
  }
}

const namesOf = (set: ReadonlySet<Local>) => [...set].map((l) => l.name).sort();

function parseStatement(code: string): t.Statement {
  const file = parseSync(code, { babelrc: false, configFile: false, sourceType: "script" })!;
  const body = file.program.body;
  return body.length === 1 ? body[0]! : t.blockStatement(body);
}

describe("liveness", () => {
  it("keeps only what is read after the suspension; a dead const is not live", () => {
    // a = 1; big = alloc(); use(big); yield a; return a
    const k = new GraphKit();
    const a = local(0, "a");
    const big = local(1, "big");
    const entry = k.block();
    const [resume, thr, rtn] = k.resumes();
    k.def(entry, a, []);
    k.def(entry, big, []);
    k.def(entry, null, [big]);
    k.suspend(entry, [a], resume, thr, rtn);
    k.ret(resume, [a]);
    const live = analyzeLiveness(k.graph(entry, [a, big]));
    assert.deepEqual(namesOf(live.liveAtSuspension[0]!), ["a"]);
    assert.deepEqual(namesOf(live.liveAtStart), []);
  });

  it("a value a catch handler reads is live across a suspension in the try", () => {
    // try { yield } catch { use(saved) }
    const k = new GraphKit();
    const saved = local(0, "saved");
    const entry = k.block();
    const landing = k.block();
    const body = k.block(landing);
    const [resume, thr, rtn] = k.resumes(landing);
    k.def(entry, saved, []);
    entry.term = { kind: "goto", target: body };
    k.suspend(body, [], resume, thr, rtn);
    k.ret(resume);
    k.def(landing, null, [saved]);
    k.ret(landing);
    const live = analyzeLiveness(k.graph(entry, [saved]));
    assert.deepEqual(namesOf(live.liveAtSuspension[0]!), ["saved"]);
  });

  it("the return path of a suspension keeps what a finally reads", () => {
    const k = new GraphKit();
    const x = local(0, "x");
    const y = local(1, "y");
    const entry = k.block();
    const fin = k.block();
    const [resume, thr, rtn] = k.resumes();
    k.def(entry, x, []);
    k.def(entry, y, []);
    k.suspend(entry, [], resume, thr, rtn);
    k.ret(resume, [y]);
    rtn.term = { kind: "goto", target: fin };
    k.def(fin, null, [x]);
    k.ret(fin);
    const live = analyzeLiveness(k.graph(entry, [x, y]));
    assert.deepEqual(namesOf(live.liveAtSuspension[0]!), ["x", "y"]);
  });
});

describe("exposed reads of an opaque statement", () => {
  /** The locals among a..e that `code` (one statement) may read before writing them. */
  const exposed = (code: string): string[] => {
    const statement = parseStatement(code);
    const locals = new Map(["a", "b", "c", "d", "e"].map((n, i) => [n, local(i, n)]));
    return namesOf(exposedReadsOf(statement, locals));
  };

  it("a read after a write of the same local on every path is not exposed", () => {
    assert.deepEqual(exposed("a = f(), b = a.x;"), []);
    assert.deepEqual(exposed("{ var a = f(), b = a.x; use(a, b); }"), []);
    assert.deepEqual(exposed("if (c) { a = 1; } else { a = 2; } use(a);"), ["c"]);
    assert.deepEqual(exposed("c ? (a = 1) : (a = 2), use(a);"), ["c"]);
    assert.deepEqual(exposed("a += 1, use(a);"), ["a"]);
    assert.deepEqual(exposed("try { a = f(); } catch (x) { a = 0; } use(a);"), []);
  });

  it("a write that may not happen, or may come later, leaves the read exposed", () => {
    assert.deepEqual(exposed("if (c) { a = 1; } use(a);"), ["a", "c"]);
    assert.deepEqual(exposed("c && (a = 1), use(a);"), ["a", "c"]);
    assert.deepEqual(exposed("use(a), a = 1;"), ["a"]);
    assert.deepEqual(exposed("a = a + 1;"), ["a"]);
    assert.deepEqual(exposed("for (;;) { use(a); a = 1; }"), ["a"]);
    assert.deepEqual(exposed("while (c) { a = 1; } use(a);"), ["a", "c"]);
    assert.deepEqual(exposed("l: { if (c) break l; a = 1; } use(a);"), ["a", "c"]);
    assert.deepEqual(exposed("try { a = f(); b = 1; } catch (x) { use(a); }"), ["a"]);
    assert.deepEqual(exposed("try { a = f(); } finally { use(a); }"), ["a"]);
    assert.deepEqual(exposed("switch (c) { case 1: a = 1; case 2: use(a); }"), ["a", "c"]);
  });

  it("a closure reads where it is made, a function declaration at the start of its block", () => {
    assert.deepEqual(exposed("a = 1, f(function () { return a + b; });"), ["b"]);
    assert.deepEqual(exposed("{ g(); a = 1; function g() { return a; } }"), ["a"]);
  });

  it("a write to a binding the statement declares itself is not a write of the local", () => {
    assert.deepEqual(exposed("try { f(); } catch (a) { a = 1; use(a); }"), ["a"]);
    assert.deepEqual(exposed("{ let a; a = 1; } use(a);"), ["a"]);
  });
});

describe("slots", () => {
  const L = (id: number, n: string) => local(id, n);
  it("two-loop shape: iterators never live together share a slot; slots equal the lower bound", () => {
    const xs = L(0, "xs"), ys = L(1, "ys"), sum = L(2, "sum"), it1 = L(3, "it1"), it2 = L(4, "it2");
    const points = [new Set([xs, ys]), new Set([ys, sum, it1]), new Set([sum, it2])];
    const a = assignSlots(points);
    assert.equal(a.lowerBound, 3);
    assert.equal(a.slots, 3);
    assert.deepEqual(checkSlots(points, a), []);
    // Written out: greedy by first appearance, lowest free slot.
    assert.deepEqual([...a.atPoint[1]!].map(([l, s]) => `${l.name}:${s}`), ["ys:1", "sum:0", "it1:2"]);
    assert.deepEqual([...a.atPoint[2]!].map(([l, s]) => `${l.name}:${s}`), ["sum:0", "it2:1"]);
    assert.equal(a.saved.length, 5);
  });

  it("reaches the lower bound where one slot per local cannot (a 5-cycle of pairs)", () => {
    const v = [0, 1, 2, 3, 4].map((i) => L(i, `v${i}`));
    const points = [0, 1, 2, 3, 4].map((i) => new Set([v[i]!, v[(i + 1) % 5]!]));
    const a = assignSlots(points);
    assert.equal(a.lowerBound, 2);
    assert.equal(a.slots, 2);
    assert.deepEqual(checkSlots(points, a), []);
    assert.ok([...a.homeSlot.keys()].length < 5, "some local must move between slots");
  });

  it("the checker catches two live locals in one slot and a dead local saved", () => {
    const p = L(0, "p"), q = L(1, "q"), r = L(2, "r");
    const points = [new Set([p, q])];
    const bad = { atPoint: [new Map([[p, 0], [q, 0], [r, 1]])], slots: 2, lowerBound: 2, homeSlot: new Map(), saved: [p, q, r] };
    const problems = checkSlots(points, bad);
    assert.ok(problems.some((m) => m.includes("share slot 0")));
    assert.ok(problems.some((m) => m.includes("dead local r")));
  });
});

describe("slot sync (stores a suspension can skip)", () => {
  it("a local loaded at the last resume and not written since needs no store; a written one does", () => {
    // start: n live. yield #0 (n, i live); resume: i = i + 1; yield #1 (n, i live).
    const k = new GraphKit();
    const n = local(0, "n");
    const i = local(1, "i");
    const entry = k.block();
    const [r0, t0, x0] = k.resumes();
    const [r1, t1, x1] = k.resumes();
    entry.instrs.push({ kind: "stmt", node: t.expressionStatement(t.assignmentExpression("=", t.identifier("i"), t.numericLiteral(0))), reads: new Set(), writes: new Set([i]), escapes: [] });
    k.suspend(entry, [], r0, t0, x0);
    r0.instrs.push({ kind: "stmt", node: t.expressionStatement(t.updateExpression("++", t.identifier("i"))), reads: new Set([i]), writes: new Set(), escapes: [] });
    k.suspend(r0, [], r1, t1, x1);
    k.ret(r1, [n, i]);
    const graph = k.graph(entry, [n, i]);
    const points = [new Set([n]), new Set([n, i]), new Set([n, i])];
    const layout = assignSlots(points);
    const facts = analyzeSlotSync(graph, layout);
    // At #0: n is still where the start put it; i was just assigned.
    assert.deepEqual([...facts[0]!.inSync].map((l) => l.name), ["n"]);
    // At #1: n untouched since the resume loaded it; i++ wrote it.
    assert.deepEqual([...facts[1]!.inSync].map((l) => l.name), ["n"]);
    assert.deepEqual([...facts[1]!.empty], []);
  });

  it("at the start, the slot of a live local the wrapper does not pass is empty (no clear later)", () => {
    // var v read before any write: live at the start, not a start local. v = 1; yield #0 with
    // v dead: its slot still holds the wrapper's undefined, so the suspension need not clear it.
    const k = new GraphKit();
    const p = local(0, "p");
    const v = local(1, "v");
    const entry = k.block();
    const [r0, t0, x0] = k.resumes();
    entry.instrs.push({ kind: "stmt", node: t.expressionStatement(t.assignmentExpression("=", t.identifier("v"), t.numericLiteral(1))), reads: new Set([v]), writes: new Set([v]), escapes: [] });
    k.suspend(entry, [], r0, t0, x0);
    k.ret(r0, [p]);
    const graph = { ...k.graph(entry, [p, v]), startLocals: [{ local: p, init: t.identifier("p") }] };
    const layout = assignSlots([new Set([p, v]), new Set([p])]);
    const facts = analyzeSlotSync(graph, layout);
    const slotOfV = layout.atPoint[0]!.get(v)!;
    assert.ok(facts[0]!.empty.has(slotOfV), "v's slot is known empty at the suspension");
    assert.deepEqual([...facts[0]!.inSync].map((l) => l.name), ["p"]);
  });
});
