/**
 * The differential fuzzer under `npm test`: a fixed seed and a fixed number of programs (a
 * count, not a time budget, so a run is reproducible on any machine). Longer hunting is
 * `npm run fuzz -- --runs N --seed S`.
 *
 * Three tests:
 * - the grammar keeps its promises (programs terminate, are deterministic, and ES5-mode
 *   programs use only ES5 plus generator/async syntax), checked without any lowering;
 * - the fuzzer has teeth: it finds a divergence in the regenerator stand-in;
 * - our plugin agrees with native Node on every program (skipped under
 *   SLOT_MACHINE_STANDIN=regenerator, where the stand-in is known to diverge).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { runProgram, standInMode } from "./harness/index.js";
import { caseArb, describeFailure, printCase, runFuzz, runnable } from "./fuzz/check.js";
import { defaultShape } from "./fuzz/drivers.js";
import { es5InputProblems } from "./fuzz/es5.js";

const SEED = 20260101;
const PLUGIN_RUNS = 200;

describe("differential fuzzer", function () {
  it("generates terminating, deterministic programs; ES5-mode programs use only ES5 plus generator/async syntax", async function () {
    const cases = fc.sample(caseArb(defaultShape, 0.5), { numRuns: 60, seed: SEED });
    for (const c of cases) {
      const code = printCase(c);
      if (c.es5) assert.deepEqual(es5InputProblems(code), [], `ES5-mode program uses newer syntax:\n${code}`);
      const first = await runProgram(runnable(code), { timeoutMs: 3000 });
      const second = await runProgram(runnable(code), { timeoutMs: 3000 });
      assert.deepEqual(second, first, `program is not deterministic:\n${code}`);
    }
  });

  it("has teeth: finds a divergence in the regenerator stand-in", async function () {
    const report = await runFuzz({ runs: 50, seed: SEED, lowering: "regenerator", shape: defaultShape, es5Share: 0.3, shrink: false });
    assert.ok(report.failed, "the fuzzer found no difference between native and regenerator in 50 programs");
    assert.ok(report.verdict !== null && !report.verdict.ok && report.verdict.blame === "divergence", "the failure was not a divergence");
  });

  it(`our plugin agrees with native Node on ${PLUGIN_RUNS} programs (seed ${SEED})`, async function () {
    if (standInMode()) this.skip();
    // A failure is not shrunk by fast-check (unbounded, and slow on big programs) but by the
    // tree minimizer with a fixed budget of checks, so a red run still ends in bounded time
    // with a small program; `npm run fuzz -- --seed ${SEED}` shrinks it fully.
    this.timeout(300_000);
    const report = await runFuzz({
      runs: PLUGIN_RUNS,
      seed: SEED,
      lowering: "plugin",
      shape: { ...defaultShape, depth: 2 },
      es5Share: 0.3,
      shrink: false,
      minimizeBudget: 150,
    });
    if (report.failed) {
      const detail = report.verdict !== null && !report.verdict.ok ? describeFailure(report.verdict, true) : "(the shrunk case passed when re-run)";
      assert.fail(`fuzzer: divergence after ${report.numRuns} programs (seed ${SEED}, path ${String(report.path)})\n${detail}`);
    }
  });
});
