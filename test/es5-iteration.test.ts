/**
 * Lowered code on an engine without built-in iterators (an ES5 engine such as Duktape: no
 * Array.prototype[Symbol.iterator], no String.prototype[Symbol.iterator]): `yield*`, for-of
 * and array destructuring taken apart by a suspension iterate arrays and strings by index,
 * as the built-in iterators do, with no polyfill. Run here in a V8 context whose built-in
 * iterators are deleted before the program (and its inline runtime) load, against the same
 * program run natively; `npm run test:engines` runs the execution programs on Duktape itself.
 */
import assert from "node:assert/strict";
import vm from "node:vm";
import { transformSync } from "@babel/core";
import plugin from "../src/index.js";

const program = `
function* g(a) {
  yield* a;
  yield* "x\\ud83d\\ude00y";
  for (var v of [yield "in", "loop"]) yield "item " + v;
  var [p = yield "default", q] = [undefined, 8];
  yield p + q;
}
var out = [];
var it = g([1, 2]);
for (var s = it.next(); !s.done; s = it.next(10)) out.push(String(s.value));
var growing = [1];
var grows = (function* () { for (var x of growing) { if (growing.length < 3) growing.push(x + 1); yield x; } })();
for (var t = grows.next(); !t.done; t = grows.next()) out.push("grows " + t.value);
try { (function* () { yield* 5; })().next(); } catch (e) { out.push(e instanceof TypeError ? "TypeError" : "other"); }
print(out.join(" | "));
`;

function run(code: string, withoutIterators: boolean): string {
  const lines: string[] = [];
  const context = vm.createContext({ print: (line: string) => lines.push(line) });
  if (withoutIterators) {
    vm.runInContext("delete Array.prototype[Symbol.iterator]; delete String.prototype[Symbol.iterator];", context);
  }
  vm.runInContext(code, context);
  return lines.join("\n");
}

describe("ES5 engines: iteration without built-in iterators", () => {
  it("arrays and strings iterate by index in lowered code, as natively, with no polyfill", () => {
    const lowered = transformSync(program, { babelrc: false, configFile: false, sourceType: "script", plugins: [plugin] })!.code!;
    const native = run(program, false);
    assert.match(native, /1 \| 2 \| x \| \ud83d\ude00 \| y \| in \| item 10 \| item loop \| default \| 18 \| grows 1 \| grows 2 \| grows 3 \| TypeError/);
    assert.equal(run(lowered, true), native, lowered);
  });

  it("the fallback is only for engines without them: where arrays have an iterator, a patched one is called", () => {
    const source = "var builtIn = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function () { print('patched'); return builtIn.call(this); };\n" +
      "function* g(a) { yield* a; }\nprint([...g([1, 2])].join());";
    const lowered = transformSync(source, { babelrc: false, configFile: false, sourceType: "script", plugins: [plugin] })!.code!;
    assert.equal(run(source, false), "patched\n1,2");
    assert.equal(run(lowered, false), "patched\n1,2", lowered);
  });
});
