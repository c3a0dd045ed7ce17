/**
 * The plugin as a user installs it: a project with the package in node_modules and a
 * babel.config.js naming it `"slot-machine"` (Babel's short form) or by its full name with
 * options. The lowered file then runs in that project (with `runtime: "import"` its import
 * resolves to the package's runtime entry). Uses the built package (dist/), as `npm test` does.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformAsync } from "@babel/core";
import { packageRoot } from "./harness/root.js";

const source = "function* g() { yield 1; yield 2; }\nasync function f() { return [...g()].join(','); }\nf().then((v) => console.log(v));\n";

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), "slot-machine-consumer-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(packageRoot(), join(dir, "node_modules", "babel-plugin-slot-machine"), "dir");
  symlinkSync(join(packageRoot(), "node_modules", "@babel"), join(dir, "node_modules", "@babel"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", type: "module" }));
  writeFileSync(join(dir, "babel.config.js"), config);
  return dir;
}

describe("installed in a project", () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const cases: Array<[string, string]> = [
    ['plugins: ["slot-machine"]', 'export default { plugins: ["slot-machine"] };'],
    ['["babel-plugin-slot-machine", { runtime: "import" }]', 'export default { plugins: [["babel-plugin-slot-machine", { runtime: "import" }]] };'],
  ];
  for (const [name, config] of cases) {
    it(`${name} in babel.config.js lowers the file, which then runs`, async () => {
      const dir = project(config);
      dirs.push(dir);
      const file = join(dir, "main.js");
      const result = await transformAsync(source, { filename: file, cwd: dir, root: dir });
      const code = result!.code!;
      assert.doesNotMatch(code, /function\*|async function/);
      writeFileSync(file, code);
      const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.trim(), "1,2");
    });
  }
});
