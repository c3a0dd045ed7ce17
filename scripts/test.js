// Runs every test: mocha over the compiled tests (with --expose-gc for the retention tests),
// then, in CI, fails when a snapshot fixture was written or changed by the run.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const mocha = spawnSync(
  process.execPath,
  [
    "--expose-gc",
    "node_modules/mocha/bin/mocha.js",
    "--reporter", "scripts/mocha-reporter.cjs",
    "--timeout", "60000",
    "dist/test/**/*.test.js",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit" },
);
let status = mocha.status ?? 1;

const fixtures = spawnSync("git", ["status", "--porcelain", "--", "__fixtures__"], { cwd: root, encoding: "utf8" });
if (fixtures.status === 0 && fixtures.stdout.trim() !== "") {
  const message = "__fixtures__ changed during the test run: a snapshot was written or changed. Read it and commit it, or fix the code.";
  if (process.env.CI) {
    console.error(`\n${message}\n${fixtures.stdout}`);
    status = status || 1;
  } else {
    console.warn(`\nnote: ${message}\n${fixtures.stdout}`);
  }
}
process.exit(status);
