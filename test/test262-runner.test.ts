/**
 * The pieces of `npm run test262` that decide what runs and how it is judged, checked on small
 * inputs (the suite itself runs only under `npm run test262`): frontmatter parsing, variants,
 * applicability from the text, the expectations file, and the verdict.
 */
import assert from "node:assert/strict";
import { parseFrontmatter } from "../scripts/test262/frontmatter.js";
import { formatExpectations, parseExpectations, pruned } from "../scripts/test262/expectations.js";
import { areaOf, judge, unexpectedCount } from "../scripts/test262/report.js";
import { containsSuspendingFunction, exclusionOf, variantsOf } from "../scripts/test262/select.js";

const header = (yaml: string): string => `// Copyright\n/*---\n${yaml}\n---*/\nvar x;\n`;

describe("test262 runner", () => {
  describe("frontmatter", () => {
    it("reads includes, flags, features and negative", () => {
      const metadata = parseFrontmatter(
        header("description: |\n  multi: line\nincludes: [asyncHelpers.js, compareArray.js]\nflags: [async, onlyStrict]\nfeatures: [async-iteration]\nnegative:\n  phase: runtime\n  type: TypeError"),
      );
      assert.deepEqual(metadata, {
        includes: ["asyncHelpers.js", "compareArray.js"],
        flags: ["async", "onlyStrict"],
        features: ["async-iteration"],
        negative: { phase: "runtime", type: "TypeError" },
      });
    });
    it("gives empty lists without a block, and names the file when the YAML is broken", () => {
      assert.deepEqual(parseFrontmatter("var x;"), { includes: [], flags: [], features: [] });
      assert.throws(() => parseFrontmatter(header("flags: [async"), "t.js"), /t\.js: frontmatter is not valid YAML/);
      assert.throws(() => parseFrontmatter(header("negative:\n  phase: later\n  type: E"), "t.js"), /t\.js: .*negative/);
    });
  });

  describe("selection", () => {
    const meta = (flags: string[], extra: object = {}) => ({ includes: [], flags, features: [], ...extra });
    it("runs every variant INTERPRETING.md requires", () => {
      assert.deepEqual(variantsOf(meta([])), ["sloppy", "strict"]);
      assert.deepEqual(variantsOf(meta(["async", "generated"])), ["sloppy", "strict"]);
      assert.deepEqual(variantsOf(meta(["onlyStrict"])), ["strict"]);
      assert.deepEqual(variantsOf(meta(["noStrict"])), ["sloppy"]);
      assert.deepEqual(variantsOf(meta(["raw"])), ["raw"]);
      assert.deepEqual(variantsOf(meta(["module", "async"])), ["module"]);
    });
    it("leaves out negative parse tests, CanBlockIsFalse and features Node 20 lacks", () => {
      assert.equal(exclusionOf(meta([], { negative: { phase: "parse", type: "SyntaxError" } })), "negative parse-phase test");
      assert.equal(exclusionOf(meta([], { negative: { phase: "runtime", type: "TypeError" } })), null);
      assert.equal(exclusionOf(meta(["CanBlockIsFalse"])), "CanBlockIsFalse");
      assert.match(exclusionOf(meta([], { features: ["explicit-resource-management"] })) ?? "", /Node 20 lacks/);
      assert.equal(exclusionOf(meta([], { features: ["async-iteration"] })), null);
    });
    it("finds generators and async functions of every form in the test's own source", () => {
      for (const source of ["function* g() {}", "async function f() {}", "var f = async () => 1;", "({ async m() {} })", "class C { async *m() {} }", "var o = { *g() {} };"]) {
        assert.equal(containsSuspendingFunction(source, "script"), true, source);
      }
      for (const source of ["function f() { return 1; }", "var yield_ = 1; var async = 2; async;", "not ( valid"]) {
        assert.equal(containsSuspendingFunction(source, "script"), false, source);
      }
      assert.equal(containsSuspendingFunction("export default async function () {}", "module"), true);
    });
  });

  describe("expectations and verdict", () => {
    const text = "# header\n\n## refused: direct eval\ntest/a.js\ntest/b.js\n\n## ES5 limit: x\ntest/c.js\n";
    it("reads groups and keeps them when pruning", () => {
      const expectations = parseExpectations(text);
      assert.equal(expectations.reasonOf.get("test/b.js"), "refused: direct eval");
      assert.equal(formatExpectations(expectations), "# header\n\n## refused: direct eval\ntest/a.js\ntest/b.js\n\n## ES5 limit: x\ntest/c.js\n");
      assert.equal(formatExpectations(pruned(expectations, new Set(["test/a.js", "test/c.js"]))), "# header\n\n## refused: direct eval\ntest/b.js\n");
      assert.throws(() => parseExpectations("test/a.js\n"), /before any "## reason"/);
      assert.throws(() => parseExpectations("## r\ntest/a.js\ntest/a.js\n"), /listed twice/);
    });
    it("counts unexpected failures, unexpected passes and stale entries", () => {
      const expectations = parseExpectations(text);
      const verdict = judge(
        [
          { path: "test/a.js", status: "fail", variants: ["sloppy"], failures: [{ variant: "sloppy", phase: "transform", error: "refused" }] },
          { path: "test/b.js", status: "pass", variants: ["sloppy"] },
          { path: "test/d.js", status: "fail", variants: ["strict"], failures: [{ variant: "strict", phase: "runtime", error: "TypeError: x" }] },
          { path: "test/e.js", status: "pass", variants: ["module"] },
        ],
        expectations,
        () => true,
      );
      assert.equal(verdict.applicable, 4);
      assert.equal(verdict.passed, 2);
      assert.deepEqual(verdict.unexpectedPasses, ["test/b.js"]);
      assert.deepEqual(verdict.unexpectedFailures.map((result) => result.path), ["test/d.js"]);
      assert.deepEqual(verdict.staleEntries.map((entry) => entry.path), ["test/c.js"]);
      assert.equal(unexpectedCount(verdict), 3);
      // With --filter, entries outside the filter are not stale.
      assert.equal(judge([], expectations, (path) => path === "test/x.js").staleEntries.length, 0);
    });
    it("names areas by folder", () => {
      assert.equal(areaOf("test/language/expressions/yield/star-x.js"), "language/expressions/yield");
      assert.equal(areaOf("test/language/arguments-object/a.js"), "language/arguments-object");
      assert.equal(areaOf("test/built-ins/GeneratorPrototype/next/a.js"), "built-ins/GeneratorPrototype");
    });
  });
});
