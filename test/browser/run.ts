/**
 * `npm run test:browser`: the playground page (built by scripts/playground.ts into
 * playground/dist/) in headless Chromium, driven by playwright-core with the system browser.
 *
 * It loads the page from disk (file://) and from a local static server, types code, and checks
 * the lowered output, the layout grid (rows, cells, one colour per slot), the Run result (both
 * consoles, differences marked only where there are some), every example's run, the option
 * controls, and that a syntax error and a refusal show their code frame. It also opens the page
 * `slot-machine explain --html` writes and checks its grids the same way.
 *
 * When no Chromium is installed it prints one line saying so and exits 0 (CI machines without
 * `apt-get install -y chromium` skip it). It ends with `N passed, N failed`.
 * `--screenshot FILE` also saves a picture of the page (the README's docs/playground.png).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { packageRoot } from "../harness/root.js";
import { PLAYGROUND_DIST, serveFolder } from "../../scripts/playground.js";

const root = packageRoot();
/** CHROMIUM_PATH, when set, is the only browser tried (set it to a missing path to see the skip). */
const CHROMIUM_CANDIDATES =
  process.env.CHROMIUM_PATH !== undefined && process.env.CHROMIUM_PATH !== ""
    ? [process.env.CHROMIUM_PATH]
    : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** A short program a user might type: two loops whose iterators share one slot. */
const TYPED = `function* pairs(a, b) {
  for (const x of a) yield x;
  for (const y of b) yield y * 10;
}
print([...pairs([1, 2], [3])].join(","));
`;

interface Cell {
  slot: number;
  colour: string;
}

async function loadPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  return { page, errors };
}

/** Replaces the editor's text by typing it (input events, as a user would), then waits for the debounced lowering. */
async function typeSource(page: Page, code: string): Promise<void> {
  await page.fill("#source", "");
  await page.focus("#source");
  await page.keyboard.type(code);
  await page.waitForFunction((expected) => new URLSearchParams(location.hash.slice(1)).get("code") === expected, code);
}

async function cells(page: Page, scope = "#layout"): Promise<Cell[]> {
  return page.$$eval(`${scope} td[data-slot]`, (tds) =>
    tds.map((td) => ({ slot: Number(td.getAttribute("data-slot")), colour: getComputedStyle(td).backgroundColor })),
  );
}

/** One colour per slot, and distinct slots in distinct colours. */
function assertColouredBySlot(found: Cell[], what: string): void {
  assert.ok(found.length > 0, `${what}: no slot cells`);
  const colourOf = new Map<number, string>();
  for (const cell of found) {
    const seen = colourOf.get(cell.slot);
    if (seen !== undefined) assert.equal(cell.colour, seen, `${what}: s${cell.slot} in two colours`);
    colourOf.set(cell.slot, cell.colour);
  }
  assert.equal(new Set(colourOf.values()).size, colourOf.size, `${what}: two slots share a colour`);
}

async function runAndWait(page: Page): Promise<{ verdict: string; verdictClass: string; original: string[]; lowered: string[]; differing: number }> {
  await page.click("#run");
  await page.waitForFunction(() => {
    const verdict = document.getElementById("run-verdict");
    return verdict !== null && (verdict.className === "same" || verdict.className === "differs");
  }, undefined, { timeout: 20000 });
  return page.evaluate(() => ({
    verdict: document.getElementById("run-verdict")?.textContent ?? "",
    verdictClass: document.getElementById("run-verdict")?.className ?? "",
    original: [...document.querySelectorAll("#console-original li")].map((li) => li.textContent ?? ""),
    lowered: [...document.querySelectorAll("#console-lowered li")].map((li) => li.textContent ?? ""),
    differing: document.querySelectorAll(".console li.differs").length,
  }));
}

async function resetVerdict(page: Page): Promise<void> {
  await page.evaluate(() => {
    const verdict = document.getElementById("run-verdict");
    if (verdict !== null) verdict.className = "";
  });
}

function checks(browser: Browser, fileUrl: string, screenshot: string | null): Array<[string, () => Promise<void>]> {
  return [
    ["loads from file:// and lowers the README example at once", async () => {
      const { page, errors } = await loadPage(browser, fileUrl);
      const output = await page.textContent("#output");
      assert.match(output ?? "", /function runningSums\(/);
      assert.doesNotMatch(output ?? "", /function\*|\byield\b/);
      const summary = await page.$$eval("#layout .sm-summary li", (items) => items.map((li) => li.textContent));
      assert.deepEqual(summary.slice(0, 3), ["slots: 4", "lower bound: 4", "without sharing: 5"]);
      // The inline runtime is folded: the user's function is in view, the runtime one click away.
      assert.match((await page.textContent("#output details.runtime summary")) ?? "", /the slot-machine runtime, \d+ lines/);
      assert.equal(await page.isVisible("#output details.runtime pre"), false);
      assert.ok(await page.isVisible("text=function runningSums("));
      assert.match(summary[3] ?? "", /^regenerator keeps: 5 \(/);
      assertColouredBySlot(await cells(page), "runningSums");
      if (screenshot !== null) {
        await runAndWait(page);
        await page.screenshot({ path: screenshot, fullPage: true });
      }
      assert.deepEqual(errors, []);
      await page.close();
    }],
    ["typed code is lowered as one types; the grid shows the shared slot; Run shows equal consoles", async () => {
      const { page, errors } = await loadPage(browser, fileUrl);
      await typeSource(page, TYPED);
      await page.waitForFunction(() => (document.getElementById("output")?.textContent ?? "").includes("function pairs("));
      assert.equal(await page.getAttribute("#output", "class"), "");
      const rows = await page.$$eval("#layout tr[data-local]", (trs) =>
        trs.map((tr) => ({ name: tr.querySelector("th")?.textContent ?? "", home: tr.querySelector("td")?.textContent ?? "" })),
      );
      const iterators = rows.filter((row) => row.name.startsWith("for-of iterator"));
      assert.equal(iterators.length, 2, JSON.stringify(rows));
      assert.equal(iterators[0]?.home, iterators[1]?.home, "the two loops' iterators share a slot");
      const liveCells = await page.$$eval("#layout tr[data-local] td[data-slot]", (tds) => tds.length);
      const deadCells = await page.$$eval("#layout td.sm-dead", (tds) => tds.map((td) => td.textContent));
      assert.ok(liveCells > 0 && deadCells.length > 0 && deadCells.every((text) => text === "."));
      assertColouredBySlot(await cells(page), "pairs");
      const shared = iterators[0]?.home ?? "";
      await page.hover(`#layout tr[data-local] td[data-slot="${shared.slice(1)}"]`);
      const focused = await page.$$eval("#layout td.sm-focus", (tds) => tds.map((td) => td.textContent));
      const sameSlot = await page.$$eval(`#layout td[data-slot="${shared.slice(1)}"]`, (tds) => tds.length);
      assert.ok(focused.length === sameSlot && focused.every((text) => text === shared), "hovering a cell outlines its slot's cells");
      const run = await runAndWait(page);
      assert.equal(run.verdictClass, "same", run.verdict);
      assert.deepEqual(run.original, ["1,2,30"]);
      assert.deepEqual(run.lowered, ["1,2,30"]);
      assert.equal(run.differing, 0);
      // Editing again clears the consoles: a run's output belongs to the text it ran.
      await typeSource(page, `${TYPED}print("more");\n`);
      await page.waitForFunction(() => document.querySelectorAll(".console li").length === 0);
      assert.equal(await page.textContent("#run-verdict"), "Press Run to execute both.");
      assert.deepEqual(errors, []);
      await page.close();
    }],
    ["every example runs with the same output, async ones awaited", async () => {
      const { page, errors } = await loadPage(browser, fileUrl);
      const names = await page.$$eval("#examples option", (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""));
      assert.ok(names.length >= 10, names.join(", "));
      for (const name of names) {
        await page.selectOption("#examples", name);
        assert.equal(await page.getAttribute("#output", "class"), "", `${name} lowers`);
        assert.ok((await page.$$("#layout .sm-layout")).length > 0, `${name} has a grid`);
        assertColouredBySlot(await cells(page), name);
        await resetVerdict(page);
        const run = await runAndWait(page);
        assert.equal(run.verdictClass, "same", `${name}: ${run.verdict}`);
        assert.ok(run.original.length > 0, `${name} printed nothing`);
        assert.deepEqual(run.lowered, run.original, name);
      }
      // The async examples printed lines that only timers and promise jobs produce.
      await page.selectOption("#examples", "async");
      await resetVerdict(page);
      const asyncRun = await runAndWait(page);
      assert.deepEqual(asyncRun.original, ["main started", "total 12", "caught out of stock", "ab", "done"]);
      assert.deepEqual(errors, []);
      await page.close();
    }],
    ["a difference between the consoles is marked", async () => {
      const { page } = await loadPage(browser, fileUrl);
      await typeSource(page, "function* g() { yield Math.random(); }\nprint(g().next().value);\nprint('same');\n");
      const run = await runAndWait(page);
      assert.equal(run.verdictClass, "differs", run.verdict);
      assert.match(run.verdict, /first at line 1/);
      assert.equal(run.differing, 2, "line 1 marked on both sides, line 2 not");
      await page.close();
    }],
    ["a syntax error and a refusal show their code frame, and the page stays usable", async () => {
      const { page, errors } = await loadPage(browser, fileUrl);
      await typeSource(page, "function* broken() {\n  yield (1 +;\n}\n");
      await page.waitForSelector("#output.failure");
      assert.equal(await page.textContent("#output-title"), "Syntax error");
      const frame = (await page.textContent("#output")) ?? "";
      assert.match(frame, /^input\.js: Unexpected token \(2:12\)/);
      assert.match(frame, /> 2 \| {3}yield \(1 \+;/);
      assert.match(frame, /\|\s+\^/);
      assert.match((await page.textContent("#layout")) ?? "", /not lowered/);
      await typeSource(page, "function* f(o) {\n  with (o) {\n    yield x;\n  }\n}\n");
      await page.waitForFunction(() => document.getElementById("output-title")?.textContent === "Refused");
      assert.match((await page.textContent("#output")) ?? "", /> 2 \| {3}with \(o\) \{/);
      const run = await runAndWait(page);
      assert.match(run.verdict, /Cannot run/);
      await typeSource(page, TYPED);
      await page.waitForFunction(() => document.getElementById("output")?.className === "");
      assert.deepEqual(errors, []);
      await page.close();
    }],
    ["a script that never ends is stopped at the time limit; a throw is shown on both sides", async () => {
      const { page, errors } = await loadPage(browser, fileUrl);
      await typeSource(page, "function* g() { yield 1; }\nprint(g().next().value);\nsetTimeout(() => { throw new Error('late'); }, 1);\nwhile (true) {}\n");
      const stuck = await runAndWait(page);
      assert.equal(stuck.verdictClass, "same", stuck.verdict);
      assert.match(stuck.verdict, /both stopped after 3 s/);
      assert.deepEqual(stuck.lowered, ["1"]);
      assert.match((await page.textContent("#end-lowered")) ?? "", /^timed out/);
      await typeSource(page, "async function f() { await null; throw new TypeError('no'); }\nf();\nprint('after');\n");
      await resetVerdict(page);
      const thrown = await runAndWait(page);
      assert.equal(thrown.verdictClass, "same", thrown.verdict);
      assert.deepEqual(thrown.original, ["after", "Uncaught (in promise) TypeError: no"]);
      assert.deepEqual(errors, []);
      await page.close();
    }],
    ["the option controls reach the plugin; runtime import still runs", async () => {
      const { page, errors } = await loadPage(browser, fileUrl);
      await typeSource(page, TYPED);
      await page.selectOption("#opt-runtime", "import");
      await page.waitForFunction(() => (document.getElementById("output")?.textContent ?? "").includes('require("babel-plugin-slot-machine/runtime")'));
      const run = await runAndWait(page);
      assert.equal(run.verdictClass, "same", run.verdict);
      assert.deepEqual(run.lowered, ["1,2,30"]);
      const before = (await page.textContent("#output")) ?? "";
      await page.check("#opt-debugSlotNames");
      await page.waitForFunction((old) => document.getElementById("output")?.textContent !== old, before);
      assert.match((await page.textContent("#output")) ?? "", /\/\*\s*\w+/, "debugSlotNames annotates slots");
      assert.match(new URL(page.url()).hash, /runtime=import.*debugSlotNames=1/);
      assert.deepEqual(errors, []);
      await page.close();
    }],
    ["works from a static server too", async () => {
      const server = await serveFolder(PLAYGROUND_DIST, 0);
      const { page, errors } = await loadPage(browser, server.address);
      assert.match((await page.textContent("#output")) ?? "", /function runningSums\(/);
      assert.deepEqual(errors, []);
      await page.close();
      await server.close();
    }],
    ["explain --html draws the same grids, coloured by slot", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "slot-machine-html-"));
      try {
        const out = path.join(dir, "layouts.html");
        const files = ["examples/two-loops.js", "playground/examples/async-generator.js", "playground/examples/for-await.js"];
        const cli = spawnSync(process.execPath, [path.join(root, "dist/src/cli.js"), "explain", "--html", "-o", out, ...files], { cwd: root, encoding: "utf8" });
        assert.equal(cli.status, 0, cli.stderr);
        const page = await browser.newPage();
        await page.goto(pathToFileURL(out).href);
        const sections = await page.$$eval(".sm-layout", (s) => s.map((e) => e.getAttribute("data-function")));
        assert.deepEqual(sections, ["runningSums", "ticker", "<anonymous>", "countdown", "main"]);
        for (const name of sections) assertColouredBySlot(await cells(page, `.sm-layout[data-function="${name}"]`), `--html ${name}`);
        await page.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }],
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { screenshot: { type: "string" }, grep: { type: "string" } } });
  const executable = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (executable === undefined) {
    console.log("test:browser: skipped: no Chromium found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH)");
    return 0;
  }
  const page = path.join(PLAYGROUND_DIST, "index.html");
  if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run playground:build\` first`);
  const browser = await chromium.launch({ executablePath: executable, headless: true });
  let passed = 0;
  let failed = 0;
  try {
    const screenshot = values.screenshot === undefined ? null : path.resolve(values.screenshot);
    for (const [name, check] of checks(browser, pathToFileURL(page).href, screenshot)) {
      if (values.grep !== undefined && !name.includes(values.grep)) continue;
      const started = Date.now();
      try {
        await check();
        passed++;
        console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✘ ${name}\n    ${(error instanceof Error ? error.stack ?? error.message : String(error)).replace(/\n/g, "\n    ")}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`test:browser: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
