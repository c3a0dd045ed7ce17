/**
 * The differential execution harness, one import for the test suite and the fuzzer.
 * Each part is its own module: root (package root), format (print's stable formatter),
 * run (vm runner), lower (plugin / stand-in lowering, ES5 checks), directives, compare.
 */
export { packageRoot } from "./root.js";
export { formatArgs, formatValue } from "./format.js";
export { runProgram, hostGc, type RunOptions } from "./run.js";
export {
  lowerWithPlugin,
  lowerWith,
  lowerForTests,
  ourPlugin,
  standInMode,
  standInKind,
  type StandIn,
  standInPlugins,
  es5Parses,
  es5Error,
  remainingSuspendingFunctions,
  type Lowered,
} from "./lower.js";
export { parseDirectives, type Directives } from "./directives.js";
export { compareNativeAndLowered, layoutProblem, traceDiff, type CompareOptions, type CompareOutcome } from "./compare.js";
export { discoverPrograms, type ProgramFile } from "./discover.js";
