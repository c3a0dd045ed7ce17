/**
 * The pieces of `npm run test:engines` that can be checked without another engine (the suite
 * itself runs only under that script): the ES5 print formatter the engines use must print
 * what the Node harness prints (format.ts) for every kind of value; the frame keeps a strict
 * program strict; and the verdict counts unexpected failures, unexpected passes and stale
 * entries.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { FOREIGN_ENGINES } from "../bench/engines.js";
import { parseExpectations } from "../scripts/test262/expectations.js";
import { engineFrame } from "../scripts/engines/script.js";
import { judge, unexpectedCount, type Outcome } from "../scripts/engines/verdict.js";
import { es5Error, packageRoot, runProgram } from "./harness/index.js";

/** Every kind of value format.ts distinguishes, each printed alone and some together. */
const VALUES = String.raw`
class Point { constructor() { this.x = 1; } }
class MyError extends TypeError { constructor(m) { super(m); this.name = "MyError"; } }
const sym = Symbol("desc");
const circular = { name: "c" };
circular.self = circular;
const holes = [1, , 3];
holes.extra = "e";
holes[Symbol("s")] = 2;
const nullProto = Object.create(null);
nullProto.k = 1;
const accessors = { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
const hidden = {};
Object.defineProperty(hidden, "secret", { value: 1, enumerable: false });
function* gen() {}
const values = [
  "top", ["nested \"q\"", "a, b"], 1.5, -0, 0, NaN, -Infinity, true, undefined, null, sym, Symbol(),
  function named() {}, () => {}, class K {}, new Error("boom"), new TypeError("t"), new MyError("m"),
  new Number(1), new String("s"), new Boolean(false), Object(sym), new Date(0), /re/g, Promise.resolve(1),
  gen(), [][Symbol.iterator](), new Map([[1, 2]]), new Set([1]), new WeakMap(),
  { a: 1, "b c": 2, [sym]: 3, 4: "four" }, new Point(), circular, holes, nullProto, accessors, hidden,
  [[[[["deep"]]]]], { a: { b: { c: { d: { e: 1 } } } } }, [], {},
];
for (const value of values) print(value);
print("several", 1, "strings", ["x"], { y: 2 });
console.log("via console.log", -0);
`;

describe("test:engines runner", () => {
  it("prints every kind of value exactly as the Node harness does (prelude.js vs format.ts)", async () => {
    const native = await runProgram(VALUES, { filename: "values.js" });
    const prelude = readFileSync(join(packageRoot(), "scripts", "engines", "prelude.js"), "utf8");
    const lines: string[] = [];
    // The engines' own print: one string argument, written as a line.
    const context = vm.createContext({ print: (line: string) => lines.push(line) });
    vm.runInContext(prelude, context);
    vm.runInContext(VALUES, context);
    assert.ok(native.length > 40, "the oracle printed the values");
    assert.deepEqual(lines, native);
  });

  it("has an ES5.1 frame, and keeps a strict program strict in Hermes's single script", async () => {
    for (const name of ["prelude.js", "hermes.js", "duktape.js", "after-polyfill.js"]) {
      assert.equal(es5Error(readFileSync(join(packageRoot(), "scripts", "engines", name), "utf8")), null, name);
    }
    const hermes = await engineFrame(FOREIGN_ENGINES.hermes);
    const strict = hermes.scripts('"use strict";\nprint(this === undefined);');
    assert.equal(strict.length, 1);
    assert.match(strict[0]!, /^"use strict";\n/);
    assert.doesNotMatch(hermes.scripts("print(1);")[0]!, /^"use strict"/);
  });

  it("judges outcomes against the expectations", () => {
    const expectations = parseExpectations(
      "# header\n\n## engine reason\nhermes test/exec/a.js\nhermes test/exec/b.js\nhermes test/exec/gone.js\nduktape test/exec/a.js\n",
    );
    const program = { path: "", relativePath: "", group: "", name: "", code: "" };
    const outcome = (key: string, failure: string | null): Outcome => ({ key, engine: "hermes", program, failure, script: null });
    const outcomes = [
      outcome("hermes test/exec/a.js", "line 0: differs"),
      outcome("hermes test/exec/b.js", null),
      outcome("hermes test/exec/c.js", "line 2: differs"),
      outcome("hermes test/exec/d.js", null),
    ];
    const verdict = judge(outcomes, expectations, ["hermes"], () => true);
    assert.equal(verdict.passed, 2);
    assert.deepEqual(verdict.expectedFailures.map((o) => o.key), ["hermes test/exec/a.js"]);
    assert.deepEqual(verdict.unexpectedFailures.map((o) => o.key), ["hermes test/exec/c.js"]);
    assert.deepEqual(verdict.unexpectedPasses.map((o) => o.key), ["hermes test/exec/b.js"]);
    // duktape did not run: its entry is neither run nor stale.
    assert.deepEqual(verdict.stale, ["hermes test/exec/gone.js"]);
    assert.equal(unexpectedCount(verdict), 3);
    assert.deepEqual([...verdict.prunable].sort(), ["hermes test/exec/b.js", "hermes test/exec/gone.js"]);
  });
});
