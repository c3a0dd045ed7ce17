/**
 * The JSON report: the same facts as the text table, for tools.
 *
 * Schema (version 1). Field names are stable: a field is only ever added; renaming or removing
 * one, or changing its meaning, bumps `version`.
 *
 *   {
 *     "version": 1,
 *     "functions": [FunctionEntry, ...]          // in the order the caller passed them
 *   }
 *
 *   FunctionEntry {
 *     "name": string,                            // as the user would call it, or "<anonymous>"
 *     "kind": "generator" | "async" | "asyncGenerator",
 *     "filename": string | null,                 // as given (relative to cwd when asked)
 *     "loc": { "line": number, "column": number } | null,   // line 1-based, column 0-based
 *     "slots": number,                           // slot-array length of each instance
 *     "lowerBound": number,                      // largest live set at one suspension point
 *     "slotsWithoutSharing": number,             // one slot per saved local
 *     "hoistedBindings": string[],               // what regenerator keeps for the whole life
 *     "locals": [{                               // saved locals, the rows of the text table
 *       "index": number,                         // position in this array
 *       "name": string, "emittedName": string, "temporary": boolean,
 *       "slot": number | null                    // its slot wherever saved; null: it moves
 *     }],
 *     "suspensions": [{                          // the start, then suspensions in source order
 *       "index": number,                         // 0 is the start
 *       "kind": "start" | "yield" | "yield*" | "await" | "for-await",
 *       "label": string,                         // the text table's column header, e.g. "yield@4"
 *       "loc": { "line": number, "column": number } | null,
 *       "live": [{ "local": number, "name": string, "slot": number }]   // slot at this point,
 *                                                                         // sorted by local
 *     }],
 *     "problems": string[]                       // self-contradictions; [] for a sound layout
 *   }
 *
 * Invariants: pure; the result holds only plain JSON values (no undefined, no shared
 * references to the layout), so `JSON.stringify` of it is deterministic.
 */
import type { FunctionKind, FunctionLayout, SourcePosition, LayoutPointKind } from "../layout.js";
import { displayFilename, layoutProblems, suspensionLabels } from "./common.js";

export const REPORT_JSON_VERSION = 1;

export interface LocalEntry {
  index: number;
  name: string;
  emittedName: string;
  temporary: boolean;
  /** The slot it holds at every point where it is saved, or null when it moves between points. */
  slot: number | null;
}

export interface LiveEntry {
  /** Index into `FunctionEntry.locals`. */
  local: number;
  name: string;
  slot: number;
}

export interface SuspensionEntry {
  index: number;
  kind: LayoutPointKind;
  label: string;
  loc: SourcePosition | null;
  live: LiveEntry[];
}

export interface FunctionEntry {
  name: string;
  kind: FunctionKind;
  filename: string | null;
  loc: SourcePosition | null;
  slots: number;
  lowerBound: number;
  slotsWithoutSharing: number;
  hoistedBindings: string[];
  locals: LocalEntry[];
  suspensions: SuspensionEntry[];
  problems: string[];
}

export interface ReportJson {
  version: number;
  functions: FunctionEntry[];
}

export interface JsonReportOptions {
  /** Write `filename` relative to this directory when it lies under it. */
  cwd?: string;
}

/** One function's entry of the schema above. */
export function layoutToJson(layout: FunctionLayout, options: JsonReportOptions = {}): FunctionEntry {
  const labels = suspensionLabels(layout);
  return {
    name: layout.name,
    kind: layout.kind,
    filename: layout.filename === null ? null : displayFilename(layout.filename, options.cwd),
    loc: copyLoc(layout.loc),
    slots: layout.slots,
    lowerBound: layout.lowerBound,
    slotsWithoutSharing: layout.slotsWithoutSharing,
    hoistedBindings: [...layout.hoistedBindings],
    locals: layout.locals.map((local, index) => ({
      index,
      name: local.name,
      emittedName: local.emittedName,
      temporary: local.temporary,
      slot: local.slot,
    })),
    suspensions: layout.suspensions.map((s, i) => ({
      index: s.index,
      kind: s.kind,
      label: labels[i] ?? `${s.kind}#${s.index}`,
      loc: copyLoc(s.loc),
      live: [...s.live]
        .sort((a, b) => a.local - b.local)
        .map(({ local, slot }) => ({ local, name: layout.locals[local]?.name ?? "<missing>", slot })),
    })),
    problems: layoutProblems(layout),
  };
}

/** The whole document: `version` and every function's entry, in the order given. */
export function reportToJson(layouts: readonly FunctionLayout[], options: JsonReportOptions = {}): ReportJson {
  return { version: REPORT_JSON_VERSION, functions: layouts.map((layout) => layoutToJson(layout, options)) };
}

/**
 * One function as a complete one-line document (`{"version":1,"functions":[...]}`), for the
 * plugin's `report: "json"` output on stderr: each line parses on its own (JSON Lines), so a
 * build that lowers many files still yields machine-readable output.
 */
export function formatLayoutJson(layout: FunctionLayout, options: JsonReportOptions = {}): string {
  return JSON.stringify(reportToJson([layout], options));
}

function copyLoc(loc: SourcePosition | null): SourcePosition | null {
  return loc === null ? null : { line: loc.line, column: loc.column };
}
