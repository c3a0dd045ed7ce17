/**
 * Plugin entry: validates options, lowers every generator function, async function and async
 * generator through ./pipeline.ts (outermost first: an inner function is lowered when the
 * traversal reaches it inside the emitted step function), and adds the runtime once per file
 * when anything was lowered.
 */
import { declare } from "@babel/helper-plugin-utils";
import { types as t } from "@babel/core";
import type { NodePath, PluginObject, PluginPass } from "@babel/core";
import { resolveOptions } from "./options.js";
import { lowerFunction } from "./pipeline.js";
import { injectRuntime } from "./emit/runtime-injection.js";
import { formatLayoutText, layoutToJson } from "./report/index.js";

export type { SlotMachineOptions } from "./options.js";
export type { FunctionLayout, SavedLocal, SuspensionPoint } from "./layout.js";

export default declare((api, rawOptions): PluginObject<PluginPass> => {
  api.assertVersion("^7.22.0 || ^8.0.0");
  const options = resolveOptions(rawOptions);
  return {
    name: "slot-machine",
    visitor: {
      Function(path: NodePath<t.Function>, state) {
        const node = path.node;
        if (!node.generator && !node.async) return;
        const program = path.scope.getProgramParent();
        let runtimeName = state.get("slotMachineRuntime") as string | undefined;
        if (!runtimeName) {
          runtimeName = program.generateUid("slotMachine");
          state.set("slotMachineRuntime", runtimeName);
        }
        const filename = state.filename ?? null;
        const layout = lowerFunction(path, {
          runtimeName,
          filename,
          debugSlotNames: options.debugSlotNames,
        });
        options.onLayout?.(layout);
        if (options.report === "text") process.stderr.write(formatLayoutText(layout) + "\n");
        else if (options.report === "json") process.stderr.write(JSON.stringify(layoutToJson(layout)) + "\n");
      },
      Program: {
        exit(path: NodePath<t.Program>, state) {
          const runtimeName = state.get("slotMachineRuntime") as string | undefined;
          if (runtimeName) injectRuntime(path, runtimeName, options.runtime);
        },
      },
    },
  };
});
