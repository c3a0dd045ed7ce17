/**
 * Properties of the emitted code that the execution tests cannot see: a loop without a
 * suspension stays a native loop that never touches the slot array; a function with no
 * handler has no try/catch in its dispatch loop; scaffolding is ES5 for ES5 input; captured
 * locals that cannot change get no cell; the start loads only what the wrapper passes; a
 * block only fallen into has no case label.
 */
import assert from "node:assert/strict";
import * as acorn from "acorn";
import { parseSync, traverse, types as t, transformSync } from "@babel/core";
import plugin from "../src/index.js";

function lower(code: string, runtime: "inline" | "import"): string {
  return transformSync(code, { babelrc: false, configFile: false, sourceType: "script", plugins: [[plugin, { runtime }]] })!.code!;
}

describe("emitted shape", () => {
  const source = `function* sums(n) {
    var s = 0;
    for (var i = 0; i < n; i++) { s += i; if (s > 100) break; }
    while (s > 10) s -= 3;
    yield s;
    return s;
  }`;
  // The runtime imported, so that only the lowered function is looked at.
  const code = lower(source, "import");
  const ast = parseSync(code, { babelrc: false, configFile: false, sourceType: "script" })!;

  it("a loop without a suspension is a native loop over plain locals (no slot access inside)", () => {
    const loops: t.Node[] = [];
    traverse(ast, {
      "ForStatement|WhileStatement"(p) {
        // The dispatch loop is `for (;;)`; the user's loops have a test.
        if ((p.node as t.ForStatement | t.WhileStatement).test) loops.push(p.node);
      },
    });
    assert.equal(loops.length, 2, code);
    for (const loop of loops) {
      let touchesSlots = false;
      traverse(t.file(t.program([loop as t.Statement])), {
        Identifier(p) {
          if (/slots/.test(p.node.name)) touchesSlots = true;
        },
        MemberExpression(p) {
          if (t.isIdentifier(p.node.property, { name: "s" })) touchesSlots = true;
        },
      });
      assert.equal(touchesSlots, false, `a loop touches the slot array:\n${code}`);
    }
  });

  it("a function without try/catch has no try in its dispatch loop", () => {
    let tries = 0;
    traverse(ast, {
      TryStatement() {
        tries++;
      },
    });
    assert.equal(tries, 0, code);
  });

  it("ES5 input lowers to ES5 (scaffolding and runtime included)", () => {
    const inline = lower(source, "inline");
    assert.doesNotThrow(() => acorn.parse(inline, { ecmaVersion: 5, sourceType: "script" }));
  });
});

describe("emitted shape: cells and the start", () => {
  const cellsOf = (code: string): string[] =>
    [...code.matchAll(/(\w+) = \{\s*v: /g)].map((m) => m[1]!.replace(/^_|\d+$/g, ""));

  it("a captured local that cannot change once a closure exists is passed by value, with no cell", () => {
    const code = lower(
      `function* g(items) {
        var prefix = items.length + ":";
        yield 1;
        const labels = items.map(function (x) { return prefix + x; });
        yield labels;
      }`,
      "import",
    );
    assert.deepEqual(cellsOf(code), [], code);
    assert.match(code, /function \(prefix\) \{\s*return function \(x\)/, code);
  });

  it("a local a closure can see change keeps its cell", () => {
    const code = lower(
      `function* g() {
        function read() { return late; }
        let changed = 1;
        const get = () => changed;
        yield get();
        changed = 2;
        const late = read;
        yield get();
      }`,
      "import",
    );
    assert.deepEqual(cellsOf(code).sort(), ["changed", "late"], code);
  });

  it("the start loads only the locals the wrapper passes (a var read before any write is not loaded)", () => {
    const code = lower(
      `function* g(a) {
        if (a) { var later = a; }
        yield later;
        yield a;
      }`,
      "import",
    );
    // `later` is live at the start (read on the path that skips its `var`), never at a resume.
    assert.match(code, /\ba = _slots\[0\]/, code);
    assert.doesNotMatch(code, /later = _slots\[/, code);
  });

  it("a block the dispatch never enters has no case label, and code after a jump is left out", () => {
    const code = lower(
      `function* g(n) {
        let total = 0;
        yield n;
        total += n;
        return total;
      }`,
      "import",
    );
    // Entered: 0 (the start) and the resume state; the entry and the code after the resume
    // are only fallen into.
    const labels = [...code.matchAll(/case (\d+):/g)].map((m) => Number(m[1]));
    assert.deepEqual(labels, [0, 2], code);
  });
});
