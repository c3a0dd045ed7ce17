/**
 * Turns the analyses' results for one function into the public FunctionLayout data. It only
 * copies and names what liveness and slots computed; it decides nothing.
 */
import type { FunctionGraph, Local } from "./ir/types.js";
import type { SlotAssignment } from "./alloc/slots.js";
import type { FunctionKind, FunctionLayout, SourcePosition } from "./layout.js";

export interface LayoutInput {
  name: string;
  kind: FunctionKind;
  filename: string | null;
  loc: SourcePosition | null;
  graph: FunctionGraph;
  slots: SlotAssignment;
  points: ReadonlyArray<ReadonlySet<Local>>;
  hoistedBindings: string[];
}

export function describeLayout(input: LayoutInput): FunctionLayout {
  const { graph, slots, points } = input;
  const index = new Map<Local, number>();
  slots.saved.forEach((l, i) => index.set(l, i));
  const suspensions = [
    { index: 0, kind: "start" as const, loc: input.loc, point: 0 },
    ...graph.suspensions.map((s) => ({
      index: s.index + 1,
      kind: s.label,
      loc: s.loc ? { line: s.loc.start.line, column: s.loc.start.column } : null,
      point: s.index + 1,
    })),
  ];
  return {
    name: input.name,
    kind: input.kind,
    filename: input.filename,
    loc: input.loc,
    locals: slots.saved.map((l) => ({
      name: l.displayName,
      emittedName: l.name,
      temporary: l.temporary,
      slot: slots.homeSlot.get(l) ?? null,
    })),
    suspensions: suspensions.map((s) => ({
      index: s.index,
      kind: s.kind,
      loc: s.loc,
      live: [...points[s.point]!]
        .map((l) => ({ local: index.get(l)!, slot: slots.atPoint[s.point]!.get(l)! }))
        .sort((a, b) => a.local - b.local),
    })),
    slots: slots.slots,
    lowerBound: slots.lowerBound,
    slotsWithoutSharing: slots.saved.length,
    hoistedBindings: input.hoistedBindings,
  };
}
