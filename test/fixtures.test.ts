/**
 * Snapshot fixtures with babel-plugin-tester: `__fixtures__/<name>/code.js` → `output.js`.
 * The snapshots document the emitted shape; each fixture's output is also executed below
 * against native (each fixture gets a driver program appended), so no snapshot is trusted
 * unread (the executed copy inlines the runtime; the snapshot imports it). Outputs are compared without prettier (formatResult is the identity).
 */
import { pluginTester } from "babel-plugin-tester";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "@babel/core";
import plugin from "../src/index.js";
import { packageRoot } from "./harness/root.js";
import { runProgram } from "./harness/run.js";
import type { FunctionLayout } from "../src/layout.js";

const fixtures = join(packageRoot(), "__fixtures__");

pluginTester({
  plugin,
  pluginName: "slot-machine",
  fixtures,
  formatResult: (code: string) => code,
  // Snapshots import the runtime so they show only the state machines.
  pluginOptions: { runtime: "import" },
  babelOptions: { babelrc: false, configFile: false },
});

/** A driver per fixture: calls the fixture's functions and prints what they produce. */
const drivers: Record<string, string> = {
  "simple-loop": `print([...range(4)].join(","));`,
  "try-finally": `const r = { read() { return "data"; }, close() { print("closed"); } };
    const g = guarded(r); print(g.next().value); print(JSON.stringify(g.return("early")));`,
  "yield-in-expression": `const g = pair((a, b, c) => [a, b, c].join("/"), { a: "A", b: 10 });
    print(g.next().value); print(g.next("X").value); print(JSON.stringify(g.next(5)));`,
  "yield-star": `function* inner() { yield "i1"; return "ret"; }
    print([...both(inner(), ["b1", "b2"])].join(","));`,
  "method-with-super": `print([...new Derived().items()].join(","));`,
  "temporal-dead-zone": `print([...settled([1, 2, 3])].join(","));
    try { early(true).next(); } catch (e) { print("early:", e.constructor.name); }
    const g = early(false); print(g.next().value); print(g.next(7).value);`,
  "two-loops": `const g = runningSums([1, 2], [3, 4]); const out = []; let r;
    while (!(r = g.next()).done) out.push(r.value); out.push("=" + r.value); print(out.join(","));`,
};

describe("fixtures: outputs run like native", () => {
  for (const name of readdirSync(fixtures)) {
    it(name, async () => {
      const driver = drivers[name];
      assert.ok(driver, `fixture ${name} has no driver in test/fixtures.test.ts`);
      const code = readFileSync(join(fixtures, name, "code.js"), "utf8");
      const layouts: FunctionLayout[] = [];
      const lowered = transformSync(code, {
        babelrc: false, configFile: false, plugins: [[plugin, { onLayout: (l: FunctionLayout) => layouts.push(l) }]],
      })!.code!;
      // The same machines as the snapshot, with the runtime inlined so the output runs alone.
      const snapshot = readFileSync(join(fixtures, name, "output.js"), "utf8");
      const machine = (s: string) => s.slice(s.indexOf("\n", s.indexOf("slot-machine/runtime")) + 1).trim();
      assert.ok(lowered.trim().endsWith(machine(snapshot)), "the executed code is the snapshot's");
      const native = await runProgram(`${code}\n${driver}`, { timeoutMs: 5000 });
      const ours = await runProgram(`${lowered}\n${driver}`, { timeoutMs: 5000 });
      assert.deepEqual(ours, native);
      for (const l of layouts) assert.equal(l.slots, l.lowerBound, `${l.name}: slots equal the lower bound`);
    });
  }
});
