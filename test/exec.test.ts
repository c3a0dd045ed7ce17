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

const programs = discoverPrograms("test/exec");
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
      for (const program of files) {
        const directives = parseDirectives(program.code, program.relativePath);
        if (directives.skip !== null) {
          it.skip(`${program.name} (skipped: ${directives.skip})`, () => undefined);
          continue;
        }
        it(program.name, async function () {
          const outcome = await compareNativeAndLowered(program.code, program.relativePath);
          if (outcome.status === "skipped") this.skip();
        });
      }
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
      if (parseDirectives(program.code, program.relativePath).skip !== null) continue;
      it(`${program.group}/${program.name}`, async function () {
        const outcome = await compareNativeAndLowered(program.code, program.relativePath, { pluginOptions: { plainStateProperty: true } });
        if (outcome.status === "skipped") this.skip();
      });
    }
  });
}
