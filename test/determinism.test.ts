/**
 * Output is deterministic (lowering the same program twice gives the same text) and the
 * plugin is idempotent (lowering its own output changes nothing: no generator or async syntax
 * is left, and the runtime is not added twice). Checked on every execution program the
 * plugin accepts; a program marked `@skip` (an open bug: its output may not even parse) is
 * listed as skipped with its note, as in the execution tests.
 */
import assert from "node:assert/strict";
import { parseDirectives } from "./harness/directives.js";
import { discoverPrograms } from "./harness/discover.js";
import { lowerWithPlugin } from "./harness/lower.js";

describe("determinism and idempotence", () => {
  const programs = discoverPrograms("test/exec").filter((p) => !/@refuse/.test(p.code));
  it(`covers the execution programs (${programs.length})`, () => {
    assert.ok(programs.length > 100);
  });
  for (const program of programs) {
    const skip = parseDirectives(program.code, program.relativePath).skip;
    if (skip !== null) {
      it.skip(`${program.relativePath} (skipped: ${skip})`, () => undefined);
      continue;
    }
    it(program.relativePath, () => {
      const first = lowerWithPlugin(program.code, program.relativePath);
      const second = lowerWithPlugin(program.code, program.relativePath);
      assert.equal(second.code, first.code, "two runs give the same output");
      assert.deepEqual(second.layouts, first.layouts, "and the same layouts");
      const again = lowerWithPlugin(first.code, program.relativePath);
      assert.equal(again.code, first.code, "lowering the output again changes nothing");
      assert.equal(again.layouts.length, 0, "nothing is left to lower");
    });
  }
});
