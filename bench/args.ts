/**
 * Command-line options of the benchmark runner.
 *
 *   --only <term>    run only workloads and/or variants whose name contains <term>;
 *                    repeatable or comma-separated. Terms that match no workload name
 *                    filter variants and the other way round, so `--only for-of,slot`
 *                    runs the for-of workload with the slot-machine variant only. When
 *                    native is filtered out its checksum is still computed, once per
 *                    workload, as the correctness reference; ratios to it are then absent.
 *   --rounds N       samples per (workload, variant), each in a fresh process (default 5)
 *   --budget MS      measured time per timing sample (default 300)
 *   --warmup MS      warm-up time per timing sample before measuring (default 150)
 *   --plugin PATH    plugin build to load for slot-machine (default: the build next to
 *                    this runner, <outDir>/src/index.js)
 *   --fresh          ignore the transform cache and lower everything again
 *   --engine NAME    node (default), hermes, duktape; repeatable or comma-separated. Other
 *                    engines run the timing workloads only (see engine-run.ts)
 *   --json           print the results as JSON on stdout (progress stays on stderr); one
 *                    engine per run
 *   --markdown       print the summary as a markdown table (for the README)
 *   --instructions   on hermes and duktape: count the machine instructions per operation
 *                    under valgrind's callgrind instead of timing (one run per row;
 *                    deterministic, so it compares rows exactly on a loaded machine)
 *
 * Invariant: invalid input stops the run before any work, naming the option.
 */
import { resolve } from "node:path";
import { ENGINE_NAMES, type EngineName } from "./engines.js";
import { defaultPluginPath } from "./paths.js";

export interface Options {
  only: string[];
  rounds: number;
  budgetMs: number;
  warmupMs: number;
  pluginPath: string;
  fresh: boolean;
  /** In the order given, each once; ["node"] when none is given. */
  engines: EngineName[];
  json: boolean;
  markdown: boolean;
  /** Other engines: instructions per operation under callgrind instead of time. */
  instructions: boolean;
  help: boolean;
}

export const USAGE = `usage: node dist/bench/run.js [--only <workload|variant>[,...]] [--rounds N]
       [--budget MS] [--warmup MS] [--plugin PATH] [--fresh] [--json] [--markdown]
       [--engine node|hermes|duktape[,...]] [--instructions]`;

function positiveInteger(option: string, text: string | undefined, minimum: number): number {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < minimum) {
    throw new Error(`${option} needs an integer ≥ ${minimum}, got ${text ?? "nothing"}`);
  }
  return value;
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    only: [],
    rounds: 5,
    budgetMs: 300,
    warmupMs: 150,
    pluginPath: defaultPluginPath,
    fresh: false,
    engines: [],
    json: false,
    markdown: false,
    instructions: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case "--only": {
        const terms = (value() ?? "").split(",").map((term) => term.trim()).filter((term) => term !== "");
        if (terms.length === 0) throw new Error("--only needs a workload or variant name (or part of one)");
        options.only.push(...terms);
        break;
      }
      case "--rounds":
        options.rounds = positiveInteger("--rounds", value(), 1);
        break;
      case "--budget":
        options.budgetMs = positiveInteger("--budget", value(), 10);
        break;
      case "--warmup":
        options.warmupMs = positiveInteger("--warmup", value(), 0);
        break;
      case "--plugin": {
        const path = value();
        if (path === undefined) throw new Error("--plugin needs a path");
        options.pluginPath = resolve(path);
        break;
      }
      case "--fresh":
        options.fresh = true;
        break;
      case "--engine": {
        const names = (value() ?? "").split(",").map((term) => term.trim()).filter((term) => term !== "");
        if (names.length === 0) throw new Error(`--engine needs one of ${ENGINE_NAMES.join(", ")}`);
        for (const engine of names) {
          if (!(ENGINE_NAMES as readonly string[]).includes(engine)) throw new Error(`--engine ${engine}: not one of ${ENGINE_NAMES.join(", ")}`);
          if (!options.engines.includes(engine as EngineName)) options.engines.push(engine as EngineName);
        }
        break;
      }
      case "--json":
        options.json = true;
        break;
      case "--markdown":
        options.markdown = true;
        break;
      case "--instructions":
        options.instructions = true;
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.engines.length === 0) options.engines.push("node");
  if (options.instructions && options.engines.includes("node")) {
    throw new Error("--instructions counts on hermes and duktape only (V8 compiles hot code, so its count says little about one operation): pass --engine hermes and/or duktape");
  }
  if (options.json && options.engines.length > 1) throw new Error("--json takes one --engine per run (one JSON document on stdout)");
  return options;
}
