/**
 * Pins the exact text and JSON of the layout report.
 *
 * The first block renders hand-built FunctionLayout values, so the report's format is tested
 * on its own, independent of the transform. The second block runs the real plugin on
 * examples/ and pins what it produces: those tests fail until the core lowers functions, and
 * their expected layouts were worked out by hand from the examples' liveness (see each
 * example's header comment), so a failure there is either a core bug or a wrong expectation,
 * to be read before either is changed.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "@babel/core";
import plugin from "../src/index.js";
import type { FunctionLayout } from "../src/layout.js";
import {
  formatLayoutJson,
  formatLayoutReport,
  formatLayoutText,
  formatLayoutsText,
  layoutProblems,
  layoutToJson,
  reportToJson,
  suspensionLabels,
} from "../src/report/index.js";
import { packageRoot } from "./harness/root.js";


const root = packageRoot();

/** live entries for `locals` at their home slots (hand-built layouts keep every local at home). */
function at(layoutLocals: FunctionLayout["locals"], ...indices: number[]): FunctionLayout["suspensions"][number]["live"] {
  return indices.map((local) => ({ local, slot: layoutLocals[local]?.slot ?? -1 }));
}

/** The README example, as the core lays it out: the two iterators share s3. */
function twoLoops(): FunctionLayout {
  const locals: FunctionLayout["locals"] = [
    { name: "xs", emittedName: "xs", temporary: false, slot: 0 },
    { name: "ys", emittedName: "ys", temporary: false, slot: 1 },
    { name: "sum", emittedName: "sum", temporary: false, slot: 2 },
    { name: "for-of iterator (line 6)", emittedName: "_t", temporary: true, slot: 3 },
    { name: "for-of iterator (line 10)", emittedName: "_t6", temporary: true, slot: 3 },
  ];
  return {
    name: "runningSums",
    kind: "generator",
    filename: path.join(root, "examples", "two-loops.js"),
    loc: { line: 4, column: 0 },
    locals,
    suspensions: [
      { index: 0, kind: "start", loc: { line: 4, column: 0 }, live: at(locals, 0, 1) },
      { index: 1, kind: "yield", loc: { line: 8, column: 4 }, live: at(locals, 0, 1, 2, 3) },
      { index: 2, kind: "yield", loc: { line: 12, column: 4 }, live: at(locals, 0, 1, 2, 4) },
    ],
    slots: 4,
    lowerBound: 4,
    slotsWithoutSharing: 5,
    hoistedBindings: ["xs", "ys", "sum", "x", "y"],
  };
}

const TWO_LOOPS_TEXT = [
  "runningSums (generator) examples/two-loops.js:4:0",
  "  local                      slot  start  yield@8  yield@12",
  "  xs                         s0    s0     s0       s0",
  "  ys                         s1    s1     s1       s1",
  "  sum                        s2    .      s2       s2",
  "  for-of iterator (line 6)   s3    .      s3       .",
  "  for-of iterator (line 10)  s3    .      .        s3",
  "  live                             2      4        4",
  "slots: 4   lower bound: 4   without sharing: 5   regenerator keeps: 5 (xs, ys, sum, x, y)",
].join("\n");

describe("report: hand-built layouts", () => {
  it("renders the locals × suspension-points table, aligned, relative to cwd", () => {
    assert.equal(formatLayoutText(twoLoops(), { cwd: root }), TWO_LOOPS_TEXT);
  });

  it("shows the slot of each point for a local the allocator moves between slots", () => {
    const moving: FunctionLayout = {
      name: "swap",
      kind: "generator",
      filename: "a.js",
      loc: { line: 1, column: 0 },
      locals: [
        { name: "a", emittedName: "a", temporary: false, slot: null },
        { name: "b", emittedName: "b", temporary: false, slot: 0 },
        { name: "c", emittedName: "c", temporary: false, slot: 1 },
      ],
      suspensions: [
        { index: 0, kind: "start", loc: { line: 1, column: 0 }, live: [{ local: 0, slot: 1 }, { local: 1, slot: 0 }] },
        { index: 1, kind: "yield", loc: { line: 2, column: 2 }, live: [{ local: 0, slot: 0 }, { local: 2, slot: 1 }] },
      ],
      slots: 2,
      lowerBound: 2,
      slotsWithoutSharing: 3,
      hoistedBindings: ["a", "b", "c"],
    };
    assert.equal(
      formatLayoutText(moving),
      [
        "swap (generator) a.js:1:0",
        "  local  slot   start  yield@2",
        "  a      moves  s1     s0",
        "  b      s0     s0     .",
        "  c      s1     .      s1",
        "  live          2      2",
        "slots: 2   lower bound: 2   without sharing: 3   regenerator keeps: 3 (a, b, c)",
      ].join("\n"),
    );
    assert.deepEqual(layoutProblems(moving), []);
    assert.equal(layoutToJson(moving).locals[0]?.slot, null);
    assert.deepEqual(layoutToJson(moving).suspensions[1]?.live[0], { local: 0, name: "a", slot: 0 });
  });

  it("keeps an absolute filename outside cwd, and says <input> when there is none", () => {
    const layout = { ...twoLoops(), filename: "/elsewhere/a.js" };
    assert.equal(formatLayoutText(layout, { cwd: root }).split("\n")[0], "runningSums (generator) /elsewhere/a.js:4:0");
    const anonymous = { ...twoLoops(), filename: null, loc: null, name: "<anonymous>" };
    assert.equal(formatLayoutText(anonymous).split("\n")[0], "<anonymous> (generator) <input>");
  });

  it("renders a function without suspension points and one with nothing saved", () => {
    const noSuspension: FunctionLayout = {
      name: "quick",
      kind: "async",
      filename: "a.js",
      loc: { line: 1, column: 0 },
      locals: [],
      suspensions: [],
      slots: 0,
      lowerBound: 0,
      slotsWithoutSharing: 0,
      hoistedBindings: [],
    };
    assert.equal(
      formatLayoutText(noSuspension),
      [
        "quick (async function) a.js:1:0",
        "  (no suspension points: nothing is saved)",
        "slots: 0   lower bound: 0   without sharing: 0   regenerator keeps: 0",
      ].join("\n"),
    );
    const nothingSaved: FunctionLayout = {
      ...noSuspension,
      name: "ticks",
      kind: "asyncGenerator",
      suspensions: [
        { index: 0, kind: "start", loc: { line: 1, column: 0 }, live: [] },
        { index: 1, kind: "await", loc: { line: 2, column: 2 }, live: [] },
        { index: 2, kind: "yield*", loc: { line: 3, column: 2 }, live: [] },
      ],
      hoistedBindings: ["tmp"],
    };
    assert.equal(
      formatLayoutText(nothingSaved),
      [
        "ticks (async generator) a.js:1:0",
        "  local  slot  start  await@2  yield*@3",
        "  live         0      0        0",
        "  (no local is live across a suspension point)",
        "slots: 0   lower bound: 0   without sharing: 0   regenerator keeps: 1 (tmp)",
      ].join("\n"),
    );
  });

  it("labels points: start, by line, by column on a shared line, by index when still ambiguous", () => {
    const layout: FunctionLayout = {
      ...twoLoops(),
      suspensions: [
        { index: 0, kind: "start", loc: { line: 1, column: 0 }, live: [] },
        { index: 1, kind: "await", loc: { line: 3, column: 10 }, live: [] },
        { index: 2, kind: "await", loc: { line: 3, column: 24 }, live: [] },
        { index: 3, kind: "for-await", loc: { line: 5, column: 2 }, live: [] },
        { index: 4, kind: "yield", loc: null, live: [] },
        { index: 5, kind: "await", loc: { line: 9, column: 6 }, live: [] },
        { index: 6, kind: "yield", loc: { line: 9, column: 6 }, live: [] },
        { index: 7, kind: "await", loc: { line: 9, column: 6 }, live: [] },
      ],
    };
    assert.deepEqual(suspensionLabels(layout), [
      "start",
      "await@3:10",
      "await@3:24",
      "for-await@5",
      "yield#4",
      "await@9#5",
      "yield@9",
      "await@9#7",
    ]);
  });

  it("warns when a layout uses more slots than its lower bound (the allocator never does)", () => {
    const above: FunctionLayout = { ...twoLoops(), slots: 5 };
    assert.equal(
      formatLayoutText(above).split("\n").slice(-1)[0],
      "warning: uses 5 slots where 4 suffice (the lower bound)",
    );
    assert.ok(!formatLayoutText(twoLoops()).includes("warning:"));
  });

  it("marks a layout that contradicts itself instead of printing it as sound", () => {
    const good = twoLoops();
    const broken: FunctionLayout = {
      ...good,
      suspensions: good.suspensions.map((s) => ({
        ...s,
        live: s.live.map((entry) => (entry.local === 2 ? { local: 2, slot: 0 } : entry)),
      })),
      lowerBound: 3,
    };
    const text = formatLayoutText(broken, { cwd: root });
    assert.equal(text.split("\n")[4], "  sum                        s2    .      s0!      s0!");
    assert.deepEqual(text.split("\n").filter((line) => line.startsWith("warning: ")), [
      "warning: uses 4 slots where 3 suffice (the lower bound)",
      "warning: yield@8: sum is in s0, not its home s2",
      "warning: yield@8: xs and sum are both live in s0",
      "warning: yield@12: sum is in s0, not its home s2",
      "warning: yield@12: xs and sum are both live in s0",
      "warning: lower bound 3 differs from the largest live set (4)",
    ]);
    assert.deepEqual(layoutProblems(twoLoops()), []);
  });

  it("joins several functions with a blank line and ends with a newline", () => {
    const text = formatLayoutsText([twoLoops(), { ...twoLoops(), name: "again" }], { cwd: root });
    assert.equal(text.split("\n\n").length, 2);
    assert.ok(text.endsWith("(xs, ys, sum, x, y)\n"));
    assert.equal(formatLayoutsText([]), "");
  });

  it("converts to the documented JSON entry", () => {
    assert.deepEqual(layoutToJson(twoLoops(), { cwd: root }), {
      name: "runningSums",
      kind: "generator",
      filename: "examples/two-loops.js",
      loc: { line: 4, column: 0 },
      slots: 4,
      lowerBound: 4,
      slotsWithoutSharing: 5,
      hoistedBindings: ["xs", "ys", "sum", "x", "y"],
      locals: [
        { index: 0, name: "xs", emittedName: "xs", temporary: false, slot: 0 },
        { index: 1, name: "ys", emittedName: "ys", temporary: false, slot: 1 },
        { index: 2, name: "sum", emittedName: "sum", temporary: false, slot: 2 },
        { index: 3, name: "for-of iterator (line 6)", emittedName: "_t", temporary: true, slot: 3 },
        { index: 4, name: "for-of iterator (line 10)", emittedName: "_t6", temporary: true, slot: 3 },
      ],
      suspensions: [
        {
          index: 0,
          kind: "start",
          label: "start",
          loc: { line: 4, column: 0 },
          live: [
            { local: 0, name: "xs", slot: 0 },
            { local: 1, name: "ys", slot: 1 },
          ],
        },
        {
          index: 1,
          kind: "yield",
          label: "yield@8",
          loc: { line: 8, column: 4 },
          live: [
            { local: 0, name: "xs", slot: 0 },
            { local: 1, name: "ys", slot: 1 },
            { local: 2, name: "sum", slot: 2 },
            { local: 3, name: "for-of iterator (line 6)", slot: 3 },
          ],
        },
        {
          index: 2,
          kind: "yield",
          label: "yield@12",
          loc: { line: 12, column: 4 },
          live: [
            { local: 0, name: "xs", slot: 0 },
            { local: 1, name: "ys", slot: 1 },
            { local: 2, name: "sum", slot: 2 },
            { local: 4, name: "for-of iterator (line 10)", slot: 3 },
          ],
        },
      ],
      problems: [],
    });
  });

  it("wraps entries in a versioned document; one line per function for the plugin's stderr", () => {
    const doc = reportToJson([twoLoops()], { cwd: root });
    assert.equal(doc.version, 1);
    assert.equal(doc.functions.length, 1);
    const line = formatLayoutJson(twoLoops(), { cwd: root });
    assert.ok(!line.includes("\n"));
    assert.deepEqual(JSON.parse(line), doc);
  });

  it("formats the plugin's stderr output: text block plus blank line, or one JSON line", () => {
    assert.equal(formatLayoutReport(twoLoops(), "text", { cwd: root }), formatLayoutText(twoLoops(), { cwd: root }) + "\n\n");
    const json = formatLayoutReport(twoLoops(), "json", { cwd: root });
    assert.equal(json, formatLayoutJson(twoLoops(), { cwd: root }) + "\n");
    assert.equal(json.split("\n").length, 2);
  });

  it("does not alias or mutate the layout it renders", () => {
    const layout = twoLoops();
    const before = JSON.stringify(layout);
    const entry = layoutToJson(layout);
    formatLayoutText(layout);
    assert.equal(JSON.stringify(layout), before);
    assert.notEqual(entry.hoistedBindings, layout.hoistedBindings);
    assert.notEqual(entry.loc, layout.loc);
  });
});

/** Layouts the real plugin produces for one example, in source order. */
function layoutsOf(example: string): FunctionLayout[] {
  const filename = path.join(root, "examples", example);
  const layouts: FunctionLayout[] = [];
  transformSync(readFileSync(filename, "utf8"), {
    filename,
    cwd: root,
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    plugins: [[plugin, { report: false, onLayout: (layout: FunctionLayout) => layouts.push(layout) }]],
  });
  return layouts.sort((a, b) => (a.loc?.line ?? 0) - (b.loc?.line ?? 0));
}

/** The names of the locals live at point `i` of `layout`. */
function liveNames(layout: FunctionLayout, i: number): string[] {
  return (layout.suspensions[i]?.live ?? []).map((entry) => layout.locals[entry.local]?.name ?? "?");
}

function only(layouts: FunctionLayout[]): FunctionLayout {
  assert.equal(layouts.length, 1, "one lowered function");
  const [layout] = layouts as [FunctionLayout];
  assert.deepEqual(layoutProblems(layout), []);
  return layout;
}

describe("report: examples through the real plugin", () => {
  it("two-loops.js: the two for-of iterators share a slot, and the layout is optimal", () => {
    const layout = only(layoutsOf("two-loops.js"));
    const iterators = layout.locals.filter((local) => local.temporary && /for-of/i.test(local.name));
    assert.equal(iterators.length, 2, "one saved iterator per for-of loop");
    assert.notEqual(iterators[0]?.slot, null);
    assert.equal(iterators[0]?.slot, iterators[1]?.slot, "the iterators share a slot");
    assert.equal(layout.slots, layout.lowerBound);
    assert.ok(layout.slots < layout.slotsWithoutSharing);
    assert.deepEqual(layout, twoLoops());
    assert.equal(formatLayoutText(layout, { cwd: root }), TWO_LOOPS_TEXT);
    assert.deepEqual(layoutToJson(layout, { cwd: root }), layoutToJson(twoLoops(), { cwd: root }));
  });

  it("fetch-with-cleanup.js: five saved values, never more than two at once", () => {
    const layout = only(layoutsOf("fetch-with-cleanup.js"));
    assert.equal(layout.kind, "async");
    assert.deepEqual(liveNames(layout, 1), ["request"]);
    assert.deepEqual(liveNames(layout, 2), ["connection"]);
    assert.deepEqual(liveNames(layout, 3), ["connection"]);
    assert.equal(
      formatLayoutText(layout, { cwd: root }),
      [
        "fetchWithCleanup (async function) examples/fetch-with-cleanup.js:5:0",
        "  local                         slot  start  await@6  await@8  await@9  await@12",
        "  open                          s0    s0     .        .        .        .",
        "  request                       s1    s1     s1       .        .        .",
        "  connection                    s0    .      .        s0       s0       .",
        "  finally (line 11) completion  s0    .      .        .        .        s0",
        "  finally (line 11) value       s1    .      .        .        .        s1",
        "  live                                2      1        1        1        2",
        "slots: 2   lower bound: 2   without sharing: 5   regenerator keeps: 5 (open, request, connection, response, body)",
      ].join("\n"),
    );
  });

  it("paginate.js: cursor is never saved; the yield (which awaits its operand) is one point, the await a return() makes another", () => {
    const layout = only(layoutsOf("paginate.js"));
    assert.equal(layout.kind, "asyncGenerator");
    assert.ok(!layout.locals.some((local) => local.name === "cursor"));
    assert.equal(
      formatLayoutText(layout, { cwd: root }),
      [
        "paginate (async generator) examples/paginate.js:5:0",
        "  local      slot  start  await@8  yield@10  await@10",
        "  fetchPage  s0    s0     s0       s0        .",
        "  page       s1    .      .        s1        .",
        "  i          s2    .      .        s2        .",
        "  live             1      1        3         0",
        "slots: 3   lower bound: 3   without sharing: 3   regenerator keeps: 4 (fetchPage, cursor, page, i)",
      ].join("\n"),
    );
  });

  it("big-buffer.js: the buffer is never saved, only size and then the checksum, in one slot", () => {
    const layout = only(layoutsOf("big-buffer.js"));
    assert.ok(layout.hoistedBindings.includes("buffer"));
    assert.equal(
      formatLayoutText(layout, { cwd: root }),
      [
        "checksums (generator) examples/big-buffer.js:4:0",
        "  local  slot  start  yield@8  yield@9",
        "  size   s0    s0     .        .",
        "  sum    s0    .      s0       .",
        "  live         1      1        0",
        "slots: 1   lower bound: 1   without sharing: 2   regenerator keeps: 4 (size, buffer, sum, i)",
      ].join("\n"),
    );
  });
});
