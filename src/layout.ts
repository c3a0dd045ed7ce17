/**
 * The layout of one lowered function: which saved locals are live at which suspension point
 * and which slot each occupies. The transform produces it (from the same liveness and slot
 * modules it lowers with), the report prints it, the tests assert on it. It is plain data,
 * stable and JSON-serializable: field names here are part of the public `--json` schema.
 */

export type FunctionKind = "generator" | "async" | "asyncGenerator";

/**
 * A point of the layout as the report names it; `start` is the function start: what the slot
 * array holds before the first resume. (The IR's SuspensionKind, ../ir/types.ts, says instead how
 * the runtime drives a suspension.)
 */
export type LayoutPointKind = "start" | "yield" | "yield*" | "await" | "for-await";

export interface SourcePosition {
  /** 1-based line in the input file. */
  line: number;
  /** 0-based column, as Babel reports it. */
  column: number;
}

/** One local that is saved in the slot array at one or more suspension points. */
export interface SavedLocal {
  /** The source name, or a readable name for a temporary (e.g. `for-of iterator (line 4)`). */
  name: string;
  /** The binding name in the emitted code. */
  emittedName: string;
  /** True for a value the transform introduced (iterator of a `for-of`, a split operand...). */
  temporary: boolean;
  /**
   * The slot this local occupies at every point where it is saved, or null when the allocator
   * moved it between points to reach the lower bound (see each point's `live`).
   */
  slot: number | null;
}

export interface SuspensionPoint {
  /** 0 is the function start; suspensions follow in source order from 1. */
  index: number;
  kind: LayoutPointKind;
  loc: SourcePosition | null;
  /** Saved locals live at this point (index into `FunctionLayout.locals`) and their slot, sorted by local. */
  live: Array<{ local: number; slot: number }>;
}

export interface FunctionLayout {
  /** The function's name as the user would call it, or `<anonymous>`. */
  name: string;
  kind: FunctionKind;
  filename: string | null;
  loc: SourcePosition | null;
  locals: SavedLocal[];
  suspensions: SuspensionPoint[];
  /** Length of the slot array each instance allocates. */
  slots: number;
  /** The largest live set at any single suspension point: no layout can use fewer slots. */
  lowerBound: number;
  /** Slots a layout that gives every saved local its own slot would use. */
  slotsWithoutSharing: number;
  /** Bindings a regenerator-style lowering keeps for the generator's whole life. */
  hoistedBindings: string[];
}
