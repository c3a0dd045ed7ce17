/**
 * Differential execution tests: every `test/exec/**\/*.js` program (generators, and the async
 * programs written with the same conventions) runs natively and lowered, and the traces must
 * match (harness/compare.ts). One `it` per file, one `describe` per folder.
 *
 * SLOT_MACHINE_STANDIN=regenerator swaps our plugin for preset-env's lowering (regenerator and
 * the async plugins), which proves the programs and the harness while the core is unfinished;
 * the slots === lowerBound check and refusals are skipped then.
 */
import { compareNativeAndLowered, discoverPrograms, parseDirectives, standInKind, type ProgramFile } from "./harness/index.js";
import { useBabel } from "./harness/lower.js";
import type { SlotMachineOptions } from "../src/options.js";

const programs = discoverPrograms("test/exec");

/** One program as one test: skipped with its note, or native and lowered traces compared. */
function programTest(program: ProgramFile, title: string, pluginOptions?: SlotMachineOptions): void {
  const directives = parseDirectives(program.code, program.relativePath);
  if (directives.skip !== null) {
    it.skip(`${title} (skipped: ${directives.skip})`, () => undefined);
    return;
  }
  it(title, async function () {
    const outcome = await compareNativeAndLowered(program.code, program.relativePath, { pluginOptions });
    if (outcome.status === "skipped") this.skip();
  });
}

const groups = new Map<string, ProgramFile[]>();
for (const program of programs) {
  const list = groups.get(program.group) ?? [];
  list.push(program);
  groups.set(program.group, list);
}

for (const major of standInKind() ? [8] as const : [8, 7] as const) {
describe(`execution: native vs ${standInKind() ?? "slot-machine"}${major === 7 ? " on @babel/core 7" : ""}`, () => {
  before(() => useBabel(major));
  after(() => useBabel(8));
  it("finds the programs", () => {
    if (programs.length === 0) throw new Error("no programs found under test/exec");
  });
  for (const [group, files] of groups) {
    describe(group === "" ? "(top)" : group, () => {
      for (const program of files) programTest(program, program.name);
    });
  }
});
}

// Option plainStateProperty changes how generator objects hold their state; the areas that
// exercise generator objects and their protocol run again with it (its one intended
// difference, the property's enumerability, is tested in test/plain-state-property.test.ts).
const PLAIN_STATE_AREAS = ["generators/generator-objects", "generators/protocol", "generators/delegation", "async/async-generators"];
// The program that checks exactly that enumerability is the one expected to differ.
const PLAIN_STATE_DIFFERS = new Set(["generators/generator-objects/no-enumerable-own-properties"]);
if (!standInKind()) {
  describe("execution: native vs slot-machine with plainStateProperty", () => {
    for (const program of programs.filter((p) => PLAIN_STATE_AREAS.includes(p.group))) {
      if (PLAIN_STATE_DIFFERS.has(`${program.group}/${program.name}`)) continue;
      programTest(program, `${program.group}/${program.name}`, { plainStateProperty: true });
    }
  });
}
