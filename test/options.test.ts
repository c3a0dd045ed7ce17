/**
 * Errors users see from configuration: an unknown option or an option of the wrong type is an
 * error naming the option (before any file is lowered), and valid options are accepted.
 */
import assert from "node:assert/strict";
import { transformSync } from "@babel/core";
import plugin from "../src/index.js";

function lower(options: unknown): string {
  return transformSync("function* g() { yield 1; }", {
    babelrc: false,
    configFile: false,
    plugins: [[plugin, options as object]],
  })!.code!;
}

describe("plugin options", () => {
  it("accepts no options and every documented one", () => {
    assert.match(lower({}), /\.gen\(/);
    assert.match(lower({ runtime: "inline", report: false, debugSlotNames: true, plainStateProperty: false, onLayout: () => undefined }), /\.gen\(/);
    assert.match(lower({ plainStateProperty: true }), /\.gen\(this, g, _gStep, \[\], 1\)/);
    assert.match(lower({ runtime: "import" }), /babel-plugin-slot-machine\/runtime/);
  });
  const bad: Array<[string, unknown, RegExp]> = [
    ["an unknown option", { runtme: "inline" }, /unknown option "runtme"\. Known options: runtime, report, debugSlotNames, plainStateProperty, onLayout/],
    ["runtime of the wrong value", { runtime: "bundle" }, /option "runtime" must be "inline" or "import", got "bundle"/],
    ["report of the wrong type", { report: 3 }, /option "report" must be true, false, "text" or "json", got 3/],
    ["debugSlotNames of the wrong type", { debugSlotNames: "yes" }, /option "debugSlotNames" must be a boolean/],
    ["plainStateProperty of the wrong type", { plainStateProperty: 1 }, /option "plainStateProperty" must be a boolean, got 1/],
    ["onLayout not a function", { onLayout: 1 }, /option "onLayout" must be a function/],
  ];
  for (const [what, options, message] of bad) {
    it(`refuses ${what}, naming it`, () => {
      assert.throws(() => lower(options), (e: Error) => message.test(e.message) && /babel-plugin-slot-machine/.test(e.message));
    });
  }
});
