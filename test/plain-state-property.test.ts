/**
 * Option plainStateProperty: generator objects keep their state under an enumerable
 * Symbol-keyed property. That is its one intended difference from the default (and from
 * native): Object.assign and object spread copy the property. Everything else about generator
 * objects runs like native with the option too (test/exec.test.ts runs those areas again).
 */
import assert from "node:assert/strict";
import vm from "node:vm";
import { transformSync } from "@babel/core";
import plugin from "../src/index.js";

const source = `
  function* g() { yield 1; }
  async function* ag() { yield 1; }
  const it = g();
  const ait = ag();
  result = JSON.stringify({
    copied: Object.getOwnPropertySymbols(Object.assign({}, it)).length,
    spread: Object.getOwnPropertySymbols({ ...ait }).length,
    keys: Object.keys(it).length + Object.getOwnPropertyNames(it).length,
    first: it.next().value,
  });
`;

function run(options: object): { copied: number; spread: number; keys: number; first: unknown } {
  const code = transformSync(source, { babelrc: false, configFile: false, plugins: [[plugin, options]] })!.code!;
  const sandbox: { result?: string } = {};
  vm.runInNewContext(code, sandbox);
  return JSON.parse(sandbox.result!) as { copied: number; spread: number; keys: number; first: unknown };
}

describe("option plainStateProperty", () => {
  it("by default, nothing of a generator object's state is copied by Object.assign or spread (as natively)", () => {
    const nativeResult: { result?: string } = {};
    vm.runInNewContext(source, nativeResult);
    assert.deepEqual(run({}), JSON.parse(nativeResult.result!));
    assert.deepEqual(run({}), { copied: 0, spread: 0, keys: 0, first: 1 });
  });
  it("with the option, Object.assign and spread copy the one state property; no string key appears", () => {
    assert.deepEqual(run({ plainStateProperty: true }), { copied: 1, spread: 1, keys: 0, first: 1 });
  });
});
