/**
 * The playground page's wiring: the editor, the option controls, the lowered output, the layout
 * grids (../../src/report/html.ts, the same rendering as `slot-machine explain --html`) and the
 * Run button. Bundled with the plugin and @babel/core into one classic script
 * (scripts/playground.ts), so the page works from file:// as well as from any static server.
 *
 * Invariants:
 * - The page is never blank: a failed lowering shows its code frame where the output was, and
 *   any error escaping this module is shown in the page's banner.
 * - What is shown always belongs to the text in the editor: lowering runs on every change
 *   (debounced), and Run lowers the current text again before running it.
 * - The editor's text and the options are kept in the address's fragment, so a link reproduces
 *   what the user sees.
 */
import { LAYOUT_GRID_CSS, escapeHtml, renderLayoutGrids } from "../../src/report/index.js";
import { compareConsoles } from "./compare.js";
import { lower } from "./lower.js";
import type { Failure, PageOptions } from "./lower.js";
import { runScript } from "./run.js";
import type { RunResult } from "./run.js";

interface Example {
  name: string;
  title: string;
  code: string;
}

const LOWER_DELAY_MS = 200;
const RUN_LIMIT_MS = 3000;

function element<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`playground: #${id} is missing from the page`);
  return found;
}

const ui = {
  examples: element("examples", HTMLSelectElement),
  runtime: element("opt-runtime", HTMLSelectElement),
  debugSlotNames: element("opt-debugSlotNames", HTMLInputElement),
  plainStateProperty: element("opt-plainStateProperty", HTMLInputElement),
  source: element("source", HTMLTextAreaElement),
  output: element("output", HTMLElement),
  outputTitle: element("output-title", HTMLElement),
  layout: element("layout", HTMLElement),
  run: element("run", HTMLButtonElement),
  verdict: element("run-verdict", HTMLElement),
  consoleOriginal: element("console-original", HTMLOListElement),
  consoleLowered: element("console-lowered", HTMLOListElement),
  endOriginal: element("end-original", HTMLElement),
  endLowered: element("end-lowered", HTMLElement),
  banner: element("banner", HTMLElement),
};

function readExamples(): Example[] {
  const text = document.getElementById("sm-examples")?.textContent ?? "[]";
  return JSON.parse(text) as Example[];
}

function currentOptions(): PageOptions {
  return {
    runtime: ui.runtime.value === "import" ? "import" : "inline",
    debugSlotNames: ui.debugSlotNames.checked,
    plainStateProperty: ui.plainStateProperty.checked,
  };
}

function showFailure(failure: Failure): void {
  ui.outputTitle.textContent = failure.kind === "syntax error" ? "Syntax error" : failure.kind === "refused" ? "Refused" : "Internal error";
  ui.output.className = "failure";
  ui.output.innerHTML = `<pre>${escapeHtml(failure.message)}</pre>`;
  ui.layout.innerHTML = `<p class="sm-empty">no layout: the code above was not lowered (${escapeHtml(failure.kind)})</p>`;
}

/** Empties the consoles: a run's output belongs to the text it ran. */
function clearRun(message: string): void {
  ui.verdict.className = "";
  ui.verdict.textContent = message;
  for (const list of [ui.consoleOriginal, ui.consoleLowered]) list.innerHTML = "";
  ui.endOriginal.textContent = "";
  ui.endLowered.textContent = "";
}

/** Lowers the editor's text and shows the code and the grids, or the failure. */
function refresh(): void {
  saveToFragment();
  clearRun("Press Run to execute both.");
  const result = lower(ui.source.value, currentOptions());
  if (!result.ok) {
    showFailure(result);
    return;
  }
  ui.outputTitle.textContent = "Lowered";
  ui.output.className = "";
  showCode(result.code);
  ui.layout.innerHTML =
    result.functions.length === 0
      ? `<p class="sm-empty">nothing to lower (no generator, async function or async generator)</p>`
      : renderLayoutGrids(result.functions);
}

/**
 * Shows lowered code; an inline runtime at its top (the same few hundred lines for every
 * input) is folded into one line that opens on a click, so the user's own functions come first.
 */
function showCode(code: string): void {
  // After any directive prologue ("use strict"), which the runtime follows.
  const runtime = /^var (\w+) = function createRuntime\(\) \{\n[^]*?\n\}\(\);\n/m.exec(code);
  if (runtime === null) {
    ui.output.innerHTML = `<pre>${escapeHtml(code)}</pre>`;
    return;
  }
  const before = code.slice(0, runtime.index);
  const after = code.slice(runtime.index + runtime[0].length);
  const lines = runtime[0].split("\n").length - 1;
  ui.output.innerHTML =
    (before === "" ? "" : `<pre>${escapeHtml(before)}</pre>`) +
    `<details class="runtime"><summary>var ${escapeHtml(runtime[1] ?? "")} = <i>the slot-machine runtime, ${lines} lines (runtime: "inline"); click to show</i></summary>` +
    `<pre>${escapeHtml(runtime[0])}</pre></details><pre>${escapeHtml(after)}</pre>`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
function refreshSoon(): void {
  clearTimeout(pending);
  pending = setTimeout(guarded(refresh), LOWER_DELAY_MS);
}

function showConsole(list: HTMLOListElement, lines: readonly (string | null)[], differs: readonly boolean[]): void {
  list.innerHTML = lines
    .map((line, i) => `<li class="${differs[i] ? "differs" : "same"}">${line === null ? "<i>(no line)</i>" : escapeHtml(line)}</li>`)
    .join("");
}

function endLabel(result: RunResult): string {
  const state = result.end === "done" ? "finished" : result.end;
  return `${state}, ${result.milliseconds} ms`;
}

async function run(): Promise<void> {
  ui.run.disabled = true;
  clearRun("running…");
  try {
    const source = ui.source.value;
    const lowered = lower(source, currentOptions());
    if (!lowered.ok) {
      showFailure(lowered);
      ui.verdict.className = "differs";
      ui.verdict.textContent = `Cannot run: the code was not lowered (${lowered.kind}; see the output pane).`;
      return;
    }
    if (lowered.isModule) {
      ui.verdict.className = "differs";
      ui.verdict.textContent = "Cannot run: Run executes scripts, and this code is a module (import/export).";
      return;
    }
    const [original, result] = await Promise.all([runScript(source, RUN_LIMIT_MS), runScript(lowered.code, RUN_LIMIT_MS)]);
    const rows = compareConsoles(original.lines, result.lines);
    const differs = rows.map((row) => row.differs);
    showConsole(ui.consoleOriginal, rows.map((row) => row.original), differs);
    showConsole(ui.consoleLowered, rows.map((row) => row.lowered), differs);
    ui.endOriginal.textContent = endLabel(original);
    ui.endLowered.textContent = endLabel(result);
    const firstDifference = differs.indexOf(true);
    if (firstDifference >= 0) {
      ui.verdict.className = "differs";
      ui.verdict.textContent = `Different output: first at line ${firstDifference + 1} (marked).`;
    } else if (original.end !== result.end) {
      ui.verdict.className = "differs";
      ui.verdict.textContent = `Same lines, but the original ${original.end === "done" ? "finished" : original.end} and the lowered code ${result.end === "done" ? "finished" : result.end}.`;
    } else {
      ui.verdict.className = "same";
      ui.verdict.textContent = `Same output (${rows.length} line${rows.length === 1 ? "" : "s"})${original.end === "timed out" ? `, both stopped after ${RUN_LIMIT_MS / 1000} s` : ""}.`;
    }
  } finally {
    ui.run.disabled = false;
  }
}

function saveToFragment(): void {
  const options = currentOptions();
  const params = new URLSearchParams({ code: ui.source.value, runtime: options.runtime });
  if (options.debugSlotNames) params.set("debugSlotNames", "1");
  if (options.plainStateProperty) params.set("plainStateProperty", "1");
  history.replaceState(null, "", `#${params.toString()}`);
}

/** Restores the editor and options from the fragment; false when it holds no code. */
function loadFromFragment(): boolean {
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get("code");
  if (code === null) return false;
  ui.source.value = code;
  ui.runtime.value = params.get("runtime") === "import" ? "import" : "inline";
  ui.debugSlotNames.checked = params.get("debugSlotNames") === "1";
  ui.plainStateProperty.checked = params.get("plainStateProperty") === "1";
  ui.examples.value = "";
  return true;
}

function showBanner(error: unknown): void {
  ui.banner.hidden = false;
  ui.banner.textContent = `The playground hit an error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
}

function guarded(action: () => void | Promise<void>): () => void {
  return () => {
    try {
      const result = action();
      if (result instanceof Promise) result.catch(showBanner);
    } catch (error) {
      showBanner(error);
    }
  };
}

/** Hovering a slot cell outlines every cell of that slot in the same grid. */
function highlightSlot(event: MouseEvent): void {
  for (const cell of ui.layout.querySelectorAll(".sm-focus")) cell.classList.remove("sm-focus");
  const cell = event.target instanceof Element ? event.target.closest("td[data-slot]") : null;
  const grid = cell?.closest(".sm-layout");
  if (cell === null || cell === undefined || grid === null || grid === undefined) return;
  for (const same of grid.querySelectorAll(`td[data-slot="${cell.getAttribute("data-slot") ?? ""}"]`)) same.classList.add("sm-focus");
}

function start(): void {
  const style = document.createElement("style");
  style.textContent = LAYOUT_GRID_CSS;
  document.head.append(style);

  const examples = readExamples();
  ui.examples.innerHTML =
    `<option value="">— examples —</option>` +
    examples.map((e) => `<option value="${escapeHtml(e.name)}">${escapeHtml(e.title)}</option>`).join("");
  ui.examples.addEventListener("change", guarded(() => {
    const chosen = examples.find((e) => e.name === ui.examples.value);
    if (chosen === undefined) return;
    ui.source.value = chosen.code;
    refresh();
  }));
  ui.source.addEventListener("input", refreshSoon);
  ui.source.addEventListener("keydown", (event) => {
    if (event.key !== "Tab" || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    ui.source.setRangeText("  ", ui.source.selectionStart, ui.source.selectionEnd, "end");
    refreshSoon();
  });
  for (const control of [ui.runtime, ui.debugSlotNames, ui.plainStateProperty]) control.addEventListener("change", guarded(refresh));
  ui.run.addEventListener("click", guarded(run));
  ui.layout.addEventListener("mouseover", highlightSlot);
  ui.layout.addEventListener("mouseleave", highlightSlot);

  if (!loadFromFragment() && examples[0] !== undefined) {
    ui.examples.value = examples[0].name;
    ui.source.value = examples[0].code;
  }
  refresh();
  document.body.dataset.ready = "true";
}

window.addEventListener("error", (event) => showBanner(event.error ?? event.message));
window.addEventListener("unhandledrejection", (event) => showBanner(event.reason));
guarded(start)();
