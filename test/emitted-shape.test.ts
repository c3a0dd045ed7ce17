/**
 * Properties of the emitted code that the execution tests cannot see: a loop without a
 * suspension stays a native loop that never touches the slot array; a function with no
 * handler has no try/catch in its dispatch loop; scaffolding is ES5 for ES5 input; captured
 * locals that cannot change get no cell; the start loads only what the wrapper passes; a
 * block only fallen into has no case label; an async function's await has no return path; a
 * let/const proven initialised at every use costs no check and no slot, and only unproven uses
 * are checked.
 */
import assert from "node:assert/strict";
import * as acorn from "acorn";
import { parseSync, traverse, types as t, transformSync } from "@babel/core";
import plugin from "../src/index.js";
import type { FunctionLayout } from "../src/layout.js";

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

  it("an async function's await has no return resume (its driver never resumes it with a return)", () => {
    const source = (head: string, suspend: string) => `${head} f(x) {
        try { log(${suspend}); } catch (e) { log(e); } finally { log("finally"); }
      }`;
    const asyncCode = lower(source("async function", "await x"), "import");
    assert.doesNotMatch(asyncCode, /_mode === 2/, asyncCode);
    assert.match(asyncCode, /_mode === 1/, asyncCode);
    // A generator's yield at the same place routes a return through the finally.
    const generatorCode = lower(source("function*", "yield x"), "import");
    assert.match(generatorCode, /_mode === 2/, generatorCode);
  });
});

describe("emitted shape: the temporal dead zone", () => {
  const layoutsOf = (code: string) => {
    const layouts: FunctionLayout[] = [];
    const out = transformSync(code, {
      babelrc: false, configFile: false, sourceType: "script",
      plugins: [[plugin, { runtime: "import", onLayout: (l: FunctionLayout) => layouts.push(l) }]],
    })!.code!;
    return { out, layouts };
  };
  // Check calls (the marker `_slotMachine.tdz` itself, not called, is counted apart).
  const checks = (code: string) => [...code.matchAll(/_slotMachine\.tdz(Set|Target)?\(/g)].length;
  const markers = (code: string) => [...code.matchAll(/_slotMachine\.tdz\b(?!\()/g)].length;

  it("bindings proven initialised at every use pay nothing: no check, no marker, the same slots as vars", () => {
    const body = (kw: string) => `function* g(xs) {
      ${kw} total = 0;
      ${kw} step = (x) => total + x;
      for (${kw} x of xs) {
        ${kw} doubled = x * 2;
        total = step(doubled);
        yield total;
      }
      ${kw} a = 1, b = a + 1;
      yield helper();
      function helper() { return a + b; }
      ${kw} [c, d = c] = [b];
      switch (xs.length) { case 0: ${kw} e = c; yield e + d; }
      try { yield 1; } catch (err) { ${kw} f = err; yield f; }
    }`;
    const lets = layoutsOf(body("let"));
    const vars = layoutsOf(body("var"));
    assert.equal(checks(lets.out) + markers(lets.out), 0, lets.out);
    assert.equal(lets.layouts[0]!.slots, vars.layouts[0]!.slots, lets.out);
    assert.equal(lets.layouts[0]!.lowerBound, vars.layouts[0]!.lowerBound, lets.out);
  });

  it("a use that may run before the declaration is checked, and only that one", () => {
    const { out } = layoutsOf(`function* g(n) {
      const read = () => late;
      if (n) yield read();
      let late = yield 0;
      yield late + read();
    }`);
    // The closure's read is checked; the machine's own read of `late` is proven initialised.
    assert.equal(checks(out), 1, out);
    assert.match(out, /_slotMachine\.tdz\(_late\.v, "late"\)/, out);
    // The cell starts with the uninitialised marker instead of undefined.
    assert.match(out, /_late = \{\s*v: _slotMachine\.tdz\s*\}/, out);
  });

  it("a loop body's binding read before its declaration is reset on every iteration", () => {
    const { out } = layoutsOf(`function* g() {
      for (let i = 0; i < 2; i++) {
        if (i) print(x);
        let x = i;
        yield x;
      }
    }`);
    assert.equal(checks(out), 1, out);
    assert.equal(markers(out), 1, out);
    assert.match(out, /_x = _slotMachine\.tdz;[\s\S]*_slotMachine\.tdz\(_x, "x"\)/, out);
  });
});

describe("emitted shape: block placement", () => {
  /** The statements of each case of the (only) step function's dispatch switch, by state. */
  function casesOf(code: string): Map<number, t.Statement[]> {
    const ast = parseSync(code, { babelrc: false, configFile: false, sourceType: "script" })!;
    const cases = new Map<number, t.Statement[]>();
    traverse(ast, {
      SwitchStatement(p) {
        if (cases.size > 0 || !t.isIdentifier(p.node.discriminant, { name: "_state" })) return;
        for (const c of p.node.cases) if (t.isNumericLiteral(c.test)) cases.set(c.test.value, c.consequent);
      },
    });
    return cases;
  }
  /** From a resume case (the one that loads a slot and is entered by `machine.k = N`), the statements run until a jump or the end. */
  function pathFromResume(code: string): { jumps: number; text: string } {
    const cases = casesOf(code);
    const resume = Number(/_machine\.k = (\d+)/.exec(code)![1]);
    const states = [...cases.keys()];
    let jumps = 0;
    const seen: string[] = [];
    for (let i = states.indexOf(resume); i < states.length; i++) {
      for (const s of cases.get(states[i]!)!) {
        seen.push(code.slice(s.start!, s.end!));
        if (t.isContinueStatement(s)) jumps++;
        if (t.isReturnStatement(s) || t.isContinueStatement(s)) return { jumps, text: seen.join("\n") };
      }
    }
    return { jumps, text: seen.join("\n") };
  }

  it("a resumed loop falls through to its next suspension: no dispatch between resume and yield", () => {
    const code = lower(`function* range(n) { for (let i = 0; i < n; i++) yield i; }`, "import");
    const path = pathFromResume(code);
    assert.equal(path.jumps, 0, code);
    // The path loads, steps, tests and suspends again.
    assert.match(path.text, /_i\+\+[\s\S]*_i < n[\s\S]*_machine\.k = [\s\S]*return _i/, code);
  });

  it("a for-of loop's body, not its exit, follows the iterator step (the exit is farther from a suspension)", () => {
    const code = lower(`function* f(xs) { var s = 0; for (const x of xs) { s += x; yield s; } return s; }`, "import");
    const path = pathFromResume(code);
    assert.equal(path.jumps, 0, code);
    assert.match(path.text, /\.step\([\s\S]*\.done[\s\S]*s \+= /, code);
  });
});
