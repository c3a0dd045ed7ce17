/**
 * The plugin's `report` option and the SLOT_MACHINE_REPORT environment variable print, during
 * an ordinary Babel build, exactly what `slot-machine explain` prints for the same file: the
 * same renderer over the same layouts. Each case runs in a child process so stderr and the
 * environment are its own.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "./harness/root.js";

const root = packageRoot();
const here = fileURLToPath(new URL(".", import.meta.url));
const pluginUrl = new URL("../src/index.js", import.meta.url).href;
const cli = join(here, "..", "src", "cli.js");
const example = join("examples", "two-loops.js");

function build(options: string, env: Record<string, string> = {}): { stderr: string; status: number | null } {
  const script = `
    import { transformFileSync } from "@babel/core";
    import plugin from ${JSON.stringify(pluginUrl)};
    transformFileSync(${JSON.stringify(example)}, { babelrc: false, configFile: false, cwd: ${JSON.stringify(root)}, plugins: [[plugin, ${options}]] });
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SLOT_MACHINE_REPORT: "", ...env },
  });
  return { stderr: r.stderr, status: r.status };
}

function explain(json: boolean): string {
  const r = spawnSync(process.execPath, [cli, "explain", example, ...(json ? ["--json"] : [])], { cwd: root, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe("report option during a build", () => {
  it("report: true prints the explain table of every lowered function", () => {
    const { stderr, status } = build("{ report: true }");
    assert.equal(status, 0, stderr);
    assert.ok(stderr.includes("runningSums (generator) examples/two-loops.js:4:0"), stderr);
    assert.equal(stderr.trim(), explain(false).trim());
  });

  it("SLOT_MACHINE_REPORT=1 does the same without touching the config", () => {
    const { stderr, status } = build("{}", { SLOT_MACHINE_REPORT: "1" });
    assert.equal(status, 0, stderr);
    assert.equal(stderr.trim(), explain(false).trim());
  });

  it("report: \"json\" prints one JSON line per function with the documented fields", () => {
    const { stderr, status } = build('{ report: "json" }');
    assert.equal(status, 0, stderr);
    // Each line is a self-contained report: { version, functions: [one entry] }.
    const reports = stderr.trim().split("\n").map((l) => JSON.parse(l) as { version: number; functions: Array<Record<string, unknown>> });
    assert.ok(reports.length >= 1);
    for (const report of reports) {
      assert.equal(report.version, 1);
      assert.equal(report.functions.length, 1);
      for (const field of ["name", "loc", "slots", "lowerBound", "slotsWithoutSharing", "hoistedBindings", "suspensions"]) {
        assert.ok(field in report.functions[0]!, `missing ${field}`);
      }
    }
    const fromCli = JSON.parse(explain(true)) as { functions: unknown[] };
    assert.deepEqual(reports.map((r) => r.functions[0]), fromCli.functions);
  });

  it("no option, no variable: nothing on stderr", () => {
    const { stderr, status } = build("{}");
    assert.equal(status, 0, stderr);
    assert.equal(stderr, "");
  });

  it("a wrong report value is an error naming the option", () => {
    const { stderr, status } = build('{ report: "loud" }');
    assert.notEqual(status, 0);
    assert.match(stderr, /option "report" must be/);
  });
});
