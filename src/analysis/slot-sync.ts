/**
 * Which slot stores a suspension can skip: a forward "must" analysis over the graph, run
 * after slot assignment.
 *
 * - Domain, at each program point: pairs (local, slot) where the slot is known to hold the
 *   local's current value, and slots known to hold `undefined`.
 * - At the start and at every resume, the slot array is exactly the layout of that point: each
 *   live local is in sync with its slot (it was just loaded from it), every other slot is
 *   empty (the suspension that parked the machine cleared it). At the start, the slot of a
 *   live local the wrapper does not pass (a `var` read before any write) is empty too.
 * - An instruction or terminator that may write a local drops that local's pairs. "May write"
 *   is over-approximated from the AST (any assignment to the name, anywhere in it, also inside
 *   nested functions), so a pair survives only where the local certainly was not reassigned.
 * - Meet: intersection. Every edge out of a block carries the state after its terminator,
 *   which is the smallest along the block (nothing inside a block adds facts), so exception
 *   and escape edges need no state of their own.
 * - Solved by the shared solver (./dataflow.ts); this module is the transfer function.
 *
 * At a suspension, a live local whose pair is in sync needs no store, and a slot known empty
 * needs no clearing. Pure: graph and layout in, facts per suspension out.
 */
import { types as t } from "@babel/core";
import { eachChildWith } from "../ir/walk.js";
import type { Block, FunctionGraph, Local, Terminator } from "../ir/types.js";
import type { SlotAssignment } from "../alloc/slots.js";
import { successors } from "../ir/cfg.js";
import { solveForward } from "./dataflow.js";

export interface SlotFacts {
  /** Locals whose slot at this suspension already holds their value. */
  inSync: Set<Local>;
  /** Slots already holding undefined. */
  empty: Set<number>;
}

interface State {
  sync: Map<Local, number>;
  empty: Set<number>;
}

/** Names a node may assign, anywhere inside it. */
function mayWrite(node: t.Node, out: Set<string>): void {
  // (A switch, and no closure per node: this walks every instruction.)
  switch (node.type) {
    case "AssignmentExpression":
      addTargets(node.left, out);
      break;
    case "UpdateExpression":
      addTargets(node.argument, out);
      break;
    case "ForInStatement":
    case "ForOfStatement":
      if (!t.isVariableDeclaration(node.left)) addTargets(node.left, out);
      break;
    case "VariableDeclarator":
      addTargets(node.id, out);
      break;
    case "CatchClause":
      if (node.param) addTargets(node.param, out);
      break;
  }
  eachChildWith(node, mayWrite, out);
}

function addTargets(target: t.Node, out: Set<string>): void {
  if (t.isIdentifier(target)) out.add(target.name);
  else if (!t.isMemberExpression(target)) for (const name of Object.keys(t.getBindingIdentifiers(target))) out.add(name);
}

function terminatorNodes(term: Terminator | null): t.Node[] {
  if (!term) return [];
  switch (term.kind) {
    case "branch":
      return [term.test];
    case "return":
      return term.argument ? [term.argument] : [];
    case "throw":
      return [term.argument];
    case "suspend":
      return [term.suspension.argument];
    case "goto":
      return [];
    default: {
      const never: never = term;
      throw new Error(`unknown terminator ${(never as { kind: string }).kind}`);
    }
  }
}

function layoutState(map: ReadonlyMap<Local, number>, slots: number): State {
  const sync = new Map(map);
  const used = new Set(map.values());
  const empty = new Set<number>();
  for (let i = 0; i < slots; i++) if (!used.has(i)) empty.add(i);
  return { sync, empty };
}

function meet(a: State, b: State): State {
  const sync = new Map<Local, number>();
  for (const [l, s] of a.sync) if (b.sync.get(l) === s) sync.set(l, s);
  const empty = new Set<number>();
  for (const s of a.empty) if (b.empty.has(s)) empty.add(s);
  return { sync, empty };
}

function same(a: State, b: State): boolean {
  if (a.sync.size !== b.sync.size || a.empty.size !== b.empty.size) return false;
  for (const [l, s] of a.sync) if (b.sync.get(l) !== s) return false;
  for (const s of a.empty) if (!b.empty.has(s)) return false;
  return true;
}

export function analyzeSlotSync(graph: FunctionGraph, layout: SlotAssignment): SlotFacts[] {
  const byName = new Map(graph.locals.map((l) => [l.name, l] as const));
  const writesOf = (nodes: t.Node[], extra: Local | null): Set<Local> => {
    const names = new Set<string>();
    for (const n of nodes) mayWrite(n, names);
    const out = new Set<Local>();
    for (const n of names) {
      const l = byName.get(n);
      if (l) out.add(l);
    }
    if (extra) out.add(extra);
    return out;
  };
  const without = (state: State, written: Set<Local>): State => {
    if (written.size === 0) return state;
    const sync = new Map(state.sync);
    for (const l of written) sync.delete(l);
    return { sync, empty: state.empty };
  };

  // Blocks entered from a resume start from that point's layout.
  const fixed = new Map<Block, State>();
  for (const s of graph.suspensions) {
    const st = layoutState(layout.atPoint[s.index + 1]!, layout.slots);
    fixed.set(s.resume, st);
    fixed.set(s.throwResume, st);
    fixed.set(s.returnResume, st);
  }
  // At the start, a live local that is not a start local (a `var` read before any write) has
  // an undefined slot as well: the wrapper fills only the start locals' slots.
  const entry = layoutState(layout.atPoint[0]!, layout.slots);
  const starting = new Set(graph.startLocals.map((s) => s.local));
  for (const [l, slot] of layout.atPoint[0]!) if (!starting.has(l)) entry.empty.add(slot);
  fixed.set(graph.entry, entry);

  const blockWrites = new Map<Block, Set<Local>>();
  for (const b of graph.blocks) {
    const landing = b.catchesInto && b.catchesInto !== "discard" ? b.catchesInto : null;
    const written = writesOf(b.instrs.map((i) => i.node), landing);
    for (const l of writesOf(terminatorNodes(b.term), null)) written.add(l);
    blockWrites.set(b, written);
  }
  /** The state after the block's instructions and terminator: what every edge out carries. */
  const exitOf = (block: Block, start: State) => without(start, blockWrites.get(block)!);
  const inState = solveForward(graph, {
    fixed,
    join: meet,
    equals: same,
    transfer(block, start, send) {
      const exit = exitOf(block, start);
      for (const succ of successors(block)) send(succ, exit);
    },
  });
  const atSuspension = new Map<number, State>();
  for (const block of graph.blocks) {
    const start = inState.get(block);
    if (start && block.term?.kind === "suspend") atSuspension.set(block.term.suspension.index, exitOf(block, start));
  }

  return graph.suspensions.map((s) => {
    const st = atSuspension.get(s.index);
    if (!st) return { inSync: new Set(), empty: new Set() };
    const target = layout.atPoint[s.index + 1]!;
    const inSync = new Set<Local>();
    for (const [l, slot] of target) if (st.sync.get(l) === slot) inSync.add(l);
    return { inSync, empty: new Set(st.empty) };
  });
}
