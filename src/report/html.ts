/**
 * The layout report as HTML: one locals × suspension points grid per function, each cell
 * coloured by the slot that holds the local there, so rows sharing a slot share a colour. The
 * playground page (../../playground/src/) renders its grid with these functions, and the CLI's
 * `explain --html` writes them as one self-contained page; both start from the JSON report's
 * entries (./json.ts), so the picture shows exactly what the text and JSON reports say.
 *
 * Invariants:
 * - Pure and deterministic: same entries, same bytes; no DOM and no Node module, so the same
 *   code runs in the browser bundle and in the CLI.
 * - Every text taken from the input (names, labels, problems) is HTML-escaped.
 * - A live cell carries `data-slot="N"` and the class `sm-slot-N`; a slot's colour is a
 *   function of its index alone (`slotColour`), so equal slots get equal colours in every grid
 *   distinct slots get distinct colours (the first 200 at least: test/report-html.test.ts).
 * - A dead cell (the local is not kept there) is `.` with the class `sm-dead` and no slot.
 */
import type { FunctionEntry, ReportJson } from "./json.js";
import { kindLabel, slotName } from "./common.js";

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The background colour of slot `slot`: hues spread by the golden angle, so neighbouring slots
 * differ strongly and the first 40 or so never repeat a hue closely; light enough for dark text.
 */
export function slotColour(slot: number): string {
  const hue = Math.round((slot * 137.508 + 200) % 360);
  const lightness = slot % 2 === 0 ? 82 : 72;
  return `hsl(${hue}, 70%, ${lightness}%)`;
}

/** The stylesheet the grids need; the page and `explain --html` both include it. */
export const LAYOUT_GRID_CSS = `
.sm-layout { margin: 0 0 1.5em; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.sm-layout h3 { margin: 0 0 0.3em; font-size: 14px; }
.sm-layout h3 .sm-where { font-weight: normal; color: #666; }
.sm-summary { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; margin: 0 0 0.5em; padding: 0; list-style: none; }
.sm-summary b { font-weight: 600; }
.sm-grid { border-collapse: collapse; }
.sm-grid th, .sm-grid td { border: 1px solid #ccc; padding: 2px 8px; text-align: center; white-space: nowrap; }
.sm-grid th[scope=row] { text-align: left; font-weight: normal; }
.sm-grid thead th { background: #f2f2f2; font-weight: 600; }
.sm-grid td.sm-dead { color: #aaa; background: #fff; }
.sm-grid td.sm-conflict { outline: 2px solid #c00; outline-offset: -2px; }
.sm-grid tr.sm-live-count td, .sm-grid tr.sm-live-count th { background: #fafafa; color: #444; }
.sm-temporary { font-style: italic; color: #555; }
.sm-problems { color: #b00; margin: 0.4em 0 0; }
.sm-empty { color: #666; font-style: italic; }
`;

/** The grid of one function, as a `<section class="sm-layout">`. */
export function renderLayoutGrid(entry: FunctionEntry): string {
  const where = entry.loc === null ? entry.filename ?? "" : `${entry.filename ?? "<input>"}:${entry.loc.line}:${entry.loc.column}`;
  const parts: string[] = [
    `<section class="sm-layout" data-function="${escapeHtml(entry.name)}">`,
    `<h3>${escapeHtml(entry.name)} <span class="sm-where">(${escapeHtml(kindLabel(entry.kind))}) ${escapeHtml(where)}</span></h3>`,
    renderSummary(entry),
  ];
  if (entry.suspensions.length === 0) {
    parts.push(`<p class="sm-empty">no suspension points: nothing is saved</p>`);
  } else {
    parts.push(renderTable(entry));
    if (entry.locals.length === 0) parts.push(`<p class="sm-empty">no local is live across a suspension point</p>`);
  }
  if (entry.problems.length > 0) {
    parts.push(`<ul class="sm-problems">${entry.problems.map((p) => `<li>warning: ${escapeHtml(p)}</li>`).join("")}</ul>`);
  }
  parts.push(`</section>`);
  return parts.join("\n");
}

/** Every function's grid, in the order given. */
export function renderLayoutGrids(entries: readonly FunctionEntry[]): string {
  return entries.map(renderLayoutGrid).join("\n");
}

/** A complete, self-contained HTML document with every function's grid (`explain --html`). */
export function renderLayoutPage(report: ReportJson, title: string): string {
  const body =
    report.functions.length === 0
      ? `<p class="sm-empty">nothing to lower (no generator, async function or async generator)</p>`
      : renderLayoutGrids(report.functions);
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>body { margin: 1.5em; font-family: system-ui, sans-serif; }${LAYOUT_GRID_CSS}</style>`,
    `</head>`,
    `<body>`,
    `<h1 style="font-size: 18px">${escapeHtml(title)}</h1>`,
    body,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

function renderSummary(entry: FunctionEntry): string {
  const hoisted = entry.hoistedBindings.length === 0 ? "0" : `${entry.hoistedBindings.length} (${entry.hoistedBindings.join(", ")})`;
  const item = (key: string, label: string, value: string): string =>
    `<li data-key="${key}">${label}: <b>${escapeHtml(value)}</b></li>`;
  return [
    `<ul class="sm-summary">`,
    item("slots", "slots", String(entry.slots)),
    item("lowerBound", "lower bound", String(entry.lowerBound)),
    item("slotsWithoutSharing", "without sharing", String(entry.slotsWithoutSharing)),
    item("hoistedBindings", "regenerator keeps", hoisted),
    `</ul>`,
  ].join("");
}

function renderTable(entry: FunctionEntry): string {
  const conflicts = conflictedCells(entry);
  const head = entry.suspensions.map((s) => `<th scope="col">${escapeHtml(s.label)}</th>`).join("");
  const rows = entry.locals.map((local) => {
    const name = `<th scope="row"${local.temporary ? ` class="sm-temporary"` : ""}>${escapeHtml(local.name)}</th>`;
    const home =
      local.slot === null
        ? `<td class="sm-moves" title="${escapeHtml(local.name)} is in different slots at different points">moves</td>`
        : slotCell(local.slot, false, `${local.name} is kept in ${slotName(local.slot)}`);
    const cells = entry.suspensions.map((s) => {
      const live = s.live.find((l) => l.local === local.index);
      if (live === undefined) return `<td class="sm-dead" title="${escapeHtml(`${local.name} is not kept at ${s.label}`)}">.</td>`;
      return slotCell(live.slot, conflicts.has(`${s.index}:${local.index}`), `${local.name} is in ${slotName(live.slot)} at ${s.label}`);
    });
    return `<tr data-local="${local.index}">${name}${home}${cells.join("")}</tr>`;
  });
  const liveCounts = entry.suspensions.map((s) => `<td>${s.live.length}</td>`).join("");
  return [
    `<table class="sm-grid">`,
    `<thead><tr><th scope="col">local</th><th scope="col">slot</th>${head}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `<tr class="sm-live-count"><th scope="row">live</th><td></td>${liveCounts}</tr>`,
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

/** A cell holding `slot`; `tip` is the tooltip, in words. */
function slotCell(slot: number, conflict: boolean, tip: string): string {
  const classes = `sm-slot sm-slot-${slot}${conflict ? " sm-conflict" : ""}`;
  const title = escapeHtml(conflict ? `${tip}, together with another live local` : tip);
  return `<td class="${classes}" data-slot="${slot}" style="background: ${slotColour(slot)}" title="${title}">${escapeHtml(slotName(slot))}</td>`;
}

/** `point:local` keys of cells whose slot holds another live local at the same point. */
function conflictedCells(entry: FunctionEntry): Set<string> {
  const keys = new Set<string>();
  for (const s of entry.suspensions) {
    for (const a of s.live) {
      if (s.live.some((b) => b !== a && b.slot === a.slot)) keys.add(`${s.index}:${a.local}`);
    }
  }
  return keys;
}
