/**
 * The layout report, text, JSON and HTML: what the plugin's `report` option and the CLI's `explain`
 * print. Every export is pure: it renders a `FunctionLayout` the transform produced and never
 * re-runs liveness or allocation, so the report shows exactly the layout that was emitted.
 *
 * For the plugin's stderr output, `formatLayoutReport(layout, format, { cwd })` is the whole
 * job: text blocks end with a blank line so consecutive functions stay apart; JSON is one
 * self-contained document per line (JSON Lines), so a build over many files stays parseable.
 */
import type { FunctionLayout } from "../layout.js";
import { formatLayoutJson } from "./json.js";
import { formatLayoutText } from "./text.js";

export { formatLayoutText, formatLayoutsText } from "./text.js";
export type { TextReportOptions } from "./text.js";
export { formatLayoutJson, layoutToJson, reportToJson, REPORT_JSON_VERSION } from "./json.js";
export type { FunctionEntry, JsonReportOptions, LiveEntry, LocalEntry, ReportJson, SuspensionEntry } from "./json.js";
export { kindLabel, layoutProblems, suspensionLabels } from "./common.js";
export { escapeHtml, LAYOUT_GRID_CSS, renderLayoutGrid, renderLayoutGrids, renderLayoutPage, slotColour } from "./html.js";

/** One function's report as the plugin writes it to stderr, newline-terminated. */
export function formatLayoutReport(layout: FunctionLayout, format: "text" | "json", options: { cwd?: string } = {}): string {
  return format === "json" ? formatLayoutJson(layout, options) + "\n" : formatLayoutText(layout, options) + "\n\n";
}
