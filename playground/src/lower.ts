/**
 * Lowering in the browser: the real plugin (../../src/index.ts) run by @babel/core bundled into
 * the page, with the options the page's controls set. Nothing is sent anywhere.
 *
 * Invariants:
 * - Never throws: a syntax error, a refusal or a bug in the plugin comes back as a `Failure`
 *   whose message carries Babel's code frame (plain text, no colour codes).
 * - The layouts are the ones the transform produced (its `onLayout` callback), in source order,
 *   as the JSON report's entries (../../src/report/json.ts): the page draws what the CLI prints.
 */
import { transformSync } from "@babel/core";
import slotMachine from "../../src/index.js";
import { isInternalError, isRefusal } from "../../src/errors.js";
import type { FunctionLayout } from "../../src/layout.js";
import { reportToJson } from "../../src/report/index.js";
import type { FunctionEntry } from "../../src/report/index.js";

/** The options a user can set from the page (`report` and `onLayout` are the page's own business). */
export interface PageOptions {
  runtime: "inline" | "import";
  debugSlotNames: boolean;
  plainStateProperty: boolean;
}

export interface Lowered {
  ok: true;
  code: string;
  functions: FunctionEntry[];
  /** Whether the source parsed as a module (import/export): the Run button runs scripts. */
  isModule: boolean;
}

export interface Failure {
  ok: false;
  kind: "syntax error" | "refused" | "internal error";
  /** The message with its code frame, as Babel formats it. */
  message: string;
}

export const FILENAME = "input.js";

export function lower(source: string, options: PageOptions): Lowered | Failure {
  const layouts: FunctionLayout[] = [];
  try {
    const result = transformSync(source, {
      filename: FILENAME,
      cwd: "/",
      babelrc: false,
      configFile: false,
      browserslistConfigFile: false,
      sourceType: "unambiguous",
      highlightCode: false,
      ast: true,
      plugins: [[slotMachine, { ...options, report: false, onLayout: (layout: FunctionLayout) => layouts.push(layout) }]],
    });
    const code = result?.code ?? "";
    const isModule = result?.ast?.program.sourceType === "module";
    layouts.sort(bySourceOrder);
    // Babel makes the filename absolute (against cwd "/"): show it as typed.
    return { ok: true, code, functions: reportToJson(layouts, { cwd: "/" }).functions, isModule };
  } catch (error) {
    // Babel names the file by its absolute path, "/input.js" against the page's cwd "/".
    const message = (error instanceof Error ? error.message : String(error)).replace(`/${FILENAME}: `, `${FILENAME}: `);
    const kind = isRefusal(error) ? "refused" : isInternalError(error) || !(error instanceof SyntaxError) ? "internal error" : "syntax error";
    return { ok: false, kind, message };
  }
}

function bySourceOrder(a: FunctionLayout, b: FunctionLayout): number {
  if (a.loc === null || b.loc === null) return (a.loc === null ? 1 : 0) - (b.loc === null ? 1 : 0);
  return a.loc.line - b.loc.line || a.loc.column - b.loc.column;
}
