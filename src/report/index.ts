/**
 * The layout report, text and JSON: what the plugin's `report` option and the CLI's `explain`
 * print. Every export is pure: it renders a `FunctionLayout` the transform produced and never
 * re-runs liveness or allocation, so the report shows exactly the layout that was emitted.
 *
 * For the plugin's stderr output: `report: "text"` prints `formatLayoutText(layout, { cwd })`
 * followed by a blank line; `report: "json"` prints `formatLayoutJson(layout, { cwd })`, one
 * self-contained JSON document per line.
 */
export { formatLayoutText, formatLayoutsText } from "./text.js";
export type { TextReportOptions } from "./text.js";
export { formatLayoutJson, layoutToJson, reportToJson, REPORT_JSON_VERSION } from "./json.js";
export type { FunctionEntry, JsonReportOptions, LiveEntry, LocalEntry, ReportJson, SuspensionEntry } from "./json.js";
export { kindLabel, layoutProblems, suspensionLabels } from "./common.js";
