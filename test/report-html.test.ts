/**
 * The HTML form of the layout report (src/report/html.ts), on hand-built layouts: what the
 * grid says cell by cell, how it marks a self-contradicting layout, escaping, and the slot
 * colours. The CLI's `explain --html` (test/cli.test.ts) and the playground page
 * (test/browser/run.ts, `npm run test:browser`) check the same module on real layouts.
 */
import assert from "node:assert/strict";
import type { FunctionLayout } from "../src/layout.js";
import { escapeHtml, layoutToJson, renderLayoutGrid, renderLayoutPage, reportToJson, slotColour } from "../src/report/index.js";

const layout: FunctionLayout = {
  name: "pick<T>",
  kind: "asyncGenerator",
  filename: "/work/a&b.js",
  loc: { line: 3, column: 2 },
  locals: [
    { name: "xs", emittedName: "xs", temporary: false, slot: 0 },
    { name: "for-of iterator (line 4)", emittedName: "_it", temporary: true, slot: null },
    { name: "y", emittedName: "y", temporary: false, slot: 1 },
  ],
  suspensions: [
    { index: 0, kind: "start", loc: { line: 3, column: 2 }, live: [{ local: 0, slot: 0 }] },
    { index: 1, kind: "await", loc: { line: 5, column: 4 }, live: [{ local: 0, slot: 0 }, { local: 1, slot: 1 }] },
    { index: 2, kind: "yield", loc: { line: 6, column: 4 }, live: [{ local: 1, slot: 0 }, { local: 2, slot: 1 }] },
  ],
  slots: 2,
  lowerBound: 2,
  slotsWithoutSharing: 3,
  hoistedBindings: ["xs", "x", "y"],
};

describe("report: HTML grid", () => {
  it("draws one row per saved local and one column per point, cells naming and colouring the slot", () => {
    const html = renderLayoutGrid(layoutToJson(layout, { cwd: "/work" }));
    assert.match(html, /^<section class="sm-layout" data-function="pick&#60;T&#62;">/);
    assert.match(html, /\(async generator\) a&#38;b\.js:3:2/);
    assert.match(html, /<th scope="col">start<\/th><th scope="col">await@5<\/th><th scope="col">yield@6<\/th>/);
    const rows = [...html.matchAll(/<tr data-local="(\d)">(.*)<\/tr>/g)].map((m) =>
      [...(m[2] ?? "").matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]),
    );
    assert.deepEqual(rows, [
      ["s0", "s0", "s0", "."],
      ["moves", ".", "s1", "s0"],
      ["s1", ".", ".", "s1"],
    ]);
    assert.match(html, /<th scope="row" class="sm-temporary">for-of iterator \(line 4\)<\/th>/);
    assert.match(html, /<td class="sm-slot sm-slot-1" data-slot="1" style="background: hsl\([^"]+\)" title="y is in s1 at yield@6">s1<\/td>/);
    assert.match(html, /<td class="sm-dead" title="y is not kept at await@5">\.<\/td>/);
    assert.match(html, /<tr class="sm-live-count"><th scope="row">live<\/th><td><\/td><td>1<\/td><td>2<\/td><td>2<\/td><\/tr>/);
    assert.match(html, /slots: <b>2<\/b>.*lower bound: <b>2<\/b>.*without sharing: <b>3<\/b>.*regenerator keeps: <b>3 \(xs, x, y\)<\/b>/);
    assert.doesNotMatch(html, /sm-conflict|sm-problems/);
  });

  it("marks two live locals in one slot and lists the layout's problems", () => {
    const broken: FunctionLayout = {
      ...layout,
      suspensions: [...layout.suspensions.slice(0, 2), { index: 2, kind: "yield", loc: null, live: [{ local: 1, slot: 1 }, { local: 2, slot: 1 }] }],
    };
    const html = renderLayoutGrid(layoutToJson(broken));
    assert.equal((html.match(/sm-conflict/g) ?? []).length, 2);
    assert.match(html, /<li>warning: yield#2: for-of iterator \(line 4\) and y are both live in s1<\/li>/);
  });

  it("says so when nothing is saved, and a page with no function says there is nothing to lower", () => {
    const empty: FunctionLayout = { ...layout, locals: [], suspensions: [], slots: 0, lowerBound: 0, slotsWithoutSharing: 0, hoistedBindings: [] };
    assert.match(renderLayoutGrid(layoutToJson(empty)), /no suspension points: nothing is saved/);
    const page = renderLayoutPage(reportToJson([]), "t</title>");
    assert.match(page, /<title>t&#60;\/title&#62;<\/title>/);
    assert.match(page, /nothing to lower/);
  });

  it("escapes markup and gives the first 200 slots distinct colours", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
    const colours = Array.from({ length: 200 }, (_, slot) => slotColour(slot));
    assert.equal(new Set(colours).size, 200);
    assert.equal(slotColour(3), colours[3]);
  });
});
