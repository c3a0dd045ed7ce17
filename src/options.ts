/**
 * The plugin's options, validated once per Babel run before any traversal, so that a typo in
 * babel.config.js fails with the option's name instead of surfacing later as odd output.
 */
import type { FunctionLayout } from "./layout.js";

export interface SlotMachineOptions {
  /**
   * Where the runtime helpers come from: `"inline"` emits the helpers a file uses at its top;
   * `"import"` imports them from `babel-plugin-slot-machine/runtime`.
   */
  runtime?: "inline" | "import";
  /** Print the locals × suspension-points report of every lowered function to stderr. */
  report?: boolean | "text" | "json";
  /** Name slot-array indices after the locals they hold (readable fixtures; larger output). */
  debugSlotNames?: boolean;
  /**
   * Keep a generator object's state under a plain (enumerable) Symbol-keyed own property
   * instead of a non-enumerable one: about 100 ns less per generator object created (V8's
   * `Object.defineProperty` is a runtime call), at the price of one difference a program can
   * see: `Object.assign`, object spread and `propertyIsEnumerable` see that property.
   */
  plainStateProperty?: boolean;
  /** Called once per lowered function with its layout (tests, tools). */
  onLayout?: (layout: FunctionLayout) => void;
}

export interface ResolvedOptions {
  runtime: "inline" | "import";
  report: false | "text" | "json";
  debugSlotNames: boolean;
  plainStateProperty: boolean;
  onLayout: ((layout: FunctionLayout) => void) | null;
}

const KNOWN = new Set(["runtime", "report", "debugSlotNames", "plainStateProperty", "onLayout"]);

/** Validates user options; throws an Error naming the option and what it accepts. */
export function resolveOptions(raw: unknown): ResolvedOptions {
  const input = (raw ?? {}) as Record<string, unknown>;
  if (typeof input !== "object" || Array.isArray(input)) {
    throw new Error("babel-plugin-slot-machine: options must be an object, e.g. { runtime: \"inline\" }.");
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN.has(key)) {
      throw new Error(
        `babel-plugin-slot-machine: unknown option "${key}". Known options: ${[...KNOWN].join(", ")}.`,
      );
    }
  }
  const runtime = input.runtime ?? "inline";
  if (runtime !== "inline" && runtime !== "import") {
    throw new Error(`babel-plugin-slot-machine: option "runtime" must be "inline" or "import", got ${JSON.stringify(runtime)}.`);
  }
  let report: ResolvedOptions["report"];
  // `process` is absent in a browser (the playground runs the plugin there): no variable set.
  const fromEnvironment = typeof process === "undefined" ? undefined : process.env.SLOT_MACHINE_REPORT;
  const rawReport = input.report ?? (fromEnvironment || false);
  if (rawReport === false || rawReport === "" || rawReport === "0") report = false;
  else if (rawReport === true || rawReport === "1" || rawReport === "text") report = "text";
  else if (rawReport === "json") report = "json";
  else {
    throw new Error(`babel-plugin-slot-machine: option "report" must be true, false, "text" or "json", got ${JSON.stringify(rawReport)}.`);
  }
  const debugSlotNames = input.debugSlotNames ?? false;
  if (typeof debugSlotNames !== "boolean") {
    throw new Error(`babel-plugin-slot-machine: option "debugSlotNames" must be a boolean, got ${JSON.stringify(debugSlotNames)}.`);
  }
  const plainStateProperty = input.plainStateProperty ?? false;
  if (typeof plainStateProperty !== "boolean") {
    throw new Error(`babel-plugin-slot-machine: option "plainStateProperty" must be a boolean, got ${JSON.stringify(plainStateProperty)}.`);
  }
  const onLayout = input.onLayout ?? null;
  if (onLayout !== null && typeof onLayout !== "function") {
    throw new Error("babel-plugin-slot-machine: option \"onLayout\" must be a function.");
  }
  return {
    runtime,
    report,
    debugSlotNames,
    plainStateProperty,
    onLayout: onLayout as ResolvedOptions["onLayout"],
  };
}
