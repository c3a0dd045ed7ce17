/**
 * Debugging aid, not a test: `node dist-<x>/test/harness/show.js <program.js>... [--code]`
 * prints each program's native trace and, when it differs, the lowered trace (our plugin, or
 * the stand-in under SLOT_MACHINE_STANDIN=regenerator) and the diff; `--code` prints the
 * lowered code too. Exits non-zero when any program differs or fails.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lowerForTests } from "./lower.js";
import { runProgram } from "./run.js";
import { traceDiff } from "./compare.js";

const args = process.argv.slice(2);
const showCode = args.includes("--code");
let failures = 0;
for (const file of args.filter((arg) => !arg.startsWith("--"))) {
  const code = readFileSync(resolve(file), "utf8");
  console.log(`=== ${file}`);
  try {
    const native = await runProgram(code, { filename: file });
    const lowered = lowerForTests(code, file);
    if (showCode) console.log(`--- lowered code\n${lowered.code}`);
    const transformed = await runProgram(lowered.code, { filename: file });
    console.log(native.map((line) => `  ${line}`).join("\n"));
    if (native.join("\n") !== transformed.join("\n")) {
      failures++;
      console.log(`--- DIFFERS\n${traceDiff(native, transformed)}`);
    } else {
      console.log("--- same trace lowered");
    }
  } catch (error) {
    failures++;
    console.log(`--- ERROR ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failures === 0 ? 0 : 1;
