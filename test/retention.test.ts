/**
 * "Nothing dead is retained" (docs/ARCHITECTURE.md, property 2). Each `test/retention/*.js` program holds a
 * WeakRef to a value that is dead (or, in control cases, live) at a suspension point, lets the
 * generator suspend, waits a macrotask turn (a WeakRef target touched in a job is kept until
 * the job ends), calls gc() while the generator is still suspended and reachable, prints
 * `collected` or `retained`, then resumes the generator to show it still works. The expected
 * trace is the program's `// @expect` lines.
 *
 * Only the lowered program must meet the expectation: native V8 may keep dead values. The
 * native run is still checked, with `collected`/`retained` blurred, so a broken program is
 * caught before it blames the plugin. Needs `node --expose-gc` (scripts/test.js passes it).
 *
 * Under SLOT_MACHINE_STANDIN the stand-in is expected to retain dead values: a case expecting
 * `collected` that does not match is reported pending, every other case must match.
 */
import assert from "node:assert/strict";
import {
  discoverPrograms,
  hostGc,
  lowerForTests,
  parseDirectives,
  remainingSuspendingFunctions,
  runProgram,
  standInKind,
  traceDiff,
} from "./harness/index.js";

const GC_MISSING = "gc() is not available: run mocha with `node --expose-gc` (scripts/test.js does).";
const blur = (trace: readonly string[]): string[] => trace.map((line) => line.replace(/\b(collected|retained)$/, "<collected|retained>"));

describe("retention: nothing dead is retained", () => {
  it("has gc (node --expose-gc)", () => {
    assert.ok(hostGc(), GC_MISSING);
  });

  it("harness self-check: an unreachable object is collected, a reachable one is not", async () => {
    assert.ok(hostGc(), GC_MISSING);
    const program = `
      var dead = new WeakRef({ tag: "dead" });
      var kept = { tag: "kept" };
      var live = new WeakRef(kept);
      nextTurn().then(function () {
        gc();
        print(dead.deref() === undefined ? "collected" : "retained");
        print(live.deref() === undefined ? "collected" : "retained");
      });`;
    assert.deepEqual(await runProgram(program, { nextTurn: true }), ["collected", "retained"]);
  });

  for (const program of discoverPrograms("test/retention")) {
    const directives = parseDirectives(program.code, program.relativePath);
    if (directives.skip !== null) {
      it.skip(`${program.name} (skipped: ${directives.skip})`, () => undefined);
      continue;
    }
    it(program.name, async function () {
      assert.ok(hostGc(), GC_MISSING);
      assert.ok(directives.expect.length > 0, `${program.relativePath} has no // @expect lines`);
      const options = { nextTurn: true, filename: program.relativePath };

      const native = await runProgram(program.code, options);
      assert.deepEqual(blur(native), blur(directives.expect), `${program.relativePath}: the program itself misbehaves natively\n${traceDiff(directives.expect, native, ["expected", "native"])}`);

      const lowered = lowerForTests(program.code, program.relativePath);
      const left = remainingSuspendingFunctions(lowered.code);
      assert.deepEqual(left, [], `${program.relativePath}: generators left in the lowered code`);
      const trace = await runProgram(lowered.code, options);
      const same = trace.length === directives.expect.length && trace.every((line, i) => line === directives.expect[i]);
      if (!same && standInKind() !== null && directives.expect.some((line) => line.endsWith("collected"))) {
        this.skip(); // the stand-in keeps dead values: that is the point of this project
      }
      assert.ok(
        same,
        `${program.relativePath}: lowered trace differs from // @expect\n${traceDiff(directives.expect, trace, ["expected", "lowered"])}\n--- lowered code ---\n${lowered.code}`,
      );
    });
  }
});
