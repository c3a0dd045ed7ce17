/**
 * What prepare (./prepare.ts) hands the builder: the prepared locals and function, and the
 * types its passes share.
 */
import { types as t } from "@babel/core";
import type { NodePath, Scope } from "@babel/core";
import { TdzMarks } from "./tdz-marks.js";
import type { FunctionKindName } from "./types.js";
import type { NativeNames } from "./names.js";

export interface PreparedLocal {
  name: string;
  displayName: string;
  cell: boolean;
  /** Captured by closures as a value (see `capturedByValue`): closures get it as a parameter. */
  capturedByValue: boolean;
  /**
   * How the local starts: a parameter, `this`, `arguments` (`argumentsReader`: a function that
   * reads the free `arguments` of a top-level arrow when called, or its `typeof` when called
   * with `true`), `new.target` (of an arrow, lexical), a super helper, an arrow's argument list
   * (its wrapper's parameters), or nothing. `from`: the wrapper's parameter to start from, when
   * it has another name than the local.
   */
  start:
    | { kind: "param"; from?: string }
    | { kind: "this" }
    | { kind: "arguments" }
    | { kind: "argumentsReader" }
    | { kind: "newTarget" }
    | { kind: "argumentList"; leading: string[]; rest: string }
    | { kind: "superGet" }
    | { kind: "superSet" }
    | null;
  /**
   * A parameter that closures in the parameter list capture and that changes after the
   * parameters are bound: natively those closures and the body share one binding. The local is
   * a cell whose `v` is an accessor of the parameter binding itself (see `parameterAccessor`).
   */
  parameterBinding?: true;
  /** Block-scoped and per-iteration: `let`/`const`/class/block function. */
  blockScoped: boolean;
}

export interface Prepared {
  kind: FunctionKindName;
  locals: PreparedLocal[];
  /** Names of locals by binding name after renaming, for the builder. */
  localsByName: Map<string, PreparedLocal>;
  /** Nodes (statements and expressions) that contain a suspension. */
  suspending: WeakSet<t.Node>;
  /** Statements to put at the start of the body: cell creation for captured params and vars. */
  prologue: t.Statement[];
  /**
   * Statements to run before a switch's cases when the builder takes it apart: the function
   * declarations of its cases, hoisted to before the switch runs.
   */
  switchPrologues: Map<t.SwitchStatement, t.Statement[]>;
  /** Bindings a regenerator-style lowering would hoist (params, vars, lets, functions, catch params). */
  hoistedBindings: string[];
  /** Set when parameters must be evaluated inside the machine (async functions with defaults). */
  paramsInBody: boolean;
  /** What the temporal-dead-zone pass needs to know (see ./tdz-marks.ts). */
  tdz: TdzMarks;
  /** The file's native function names (./names.ts), for the builder's copies of patterns. */
  nativeNames: NativeNames;
}

/** How prepared code calls the runtime (const assignments throw through it). */
export interface RuntimeAccess {
  name: string;
  /** The file's set of runtime helpers used so far; prepare adds to it. */
  helpers: Set<string>;
}

export type FnPath = NodePath<t.Function>;

export type Binding = NonNullable<ReturnType<Scope["getBinding"]>>;
