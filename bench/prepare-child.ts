/**
 * Prepares one variant in its own process: `node prepare-child.js '<request JSON>'`.
 * The plugin under test is being written while it is benchmarked; lowering in a separate
 * process lets the runner survive a lowering that loops forever, overflows the stack or
 * exhausts memory, and report it as that variant's problem.
 *
 * Prints one RESULT_PREFIX line with the VariantPreparation; progress goes to stderr.
 */
import { prepareVariant, type VariantPreparation } from "./prepare.js";
import { RESULT_PREFIX, type PrepareRequest } from "./protocol.js";
import { WORKLOADS } from "./workloads.js";

const request = JSON.parse(process.argv[2] ?? "null") as PrepareRequest | null;
if (request === null) throw new Error("usage: prepare-child.js '<request JSON>'");
const workloads = WORKLOADS.filter((workload) => request.workloads.includes(workload.name));
const result: VariantPreparation = await prepareVariant(
  request.variant,
  workloads,
  request.pluginPath,
  { outputs: request.fresh, corpusInput: request.freshCorpusInput },
  (line) => process.stderr.write(`${line}\n`),
);
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`, () => process.exit(0));
