/**
 * Plugin entry: validates options, lowers every generator function, async function and async
 * generator through ./pipeline.ts (outermost first: an inner function is lowered when the
 * traversal reaches it inside the emitted step function), and adds the runtime once per file
 * when anything was lowered.
 */
import { declare } from "@babel/helper-plugin-utils";
import { types as t } from "@babel/core";
import type { NodePath, PluginObject, PluginPass, Visitor } from "@babel/core";
import { resolveOptions } from "./options.js";
import { lowerFunction } from "./pipeline.js";
import { NativeNames } from "./ir/names.js";
import { injectRuntime } from "./emit/runtime-injection.js";
import { wrapComputedKeyNames } from "./emit/wrapper.js";
import { ContainerMarks, isLoweredMethod, wrapMethodContainer } from "./emit/methods.js";
import { keepBlockDeclarationsScoped } from "./ir/block-scoped-declarations.js";
import { refuseEarlierLowering } from "./plugin-order.js";
import { childrenAreInert, surveyFile } from "./inert-subtrees.js";

/** Per-file plugin state under `key`, made by `make` the first time the file needs it. */
function perFile<T>(state: PluginPass, key: string, make: () => T): T {
  let value = state.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    state.set(key, value);
  }
  return value;
}

/** The runtime helpers the file's lowered code calls. */
const helpersOf = (state: PluginPass): Set<string> => perFile(state, "slotMachineHelpers", () => new Set<string>());

/** The native names of the file's functions, noted before any lowering moves them. */
const nativeNamesOf = (state: PluginPass): NativeNames => perFile(state, "slotMachineNativeNames", () => new NativeNames());

/** The file's object literals and classes wrapped for their methods. */
const containerMarksOf = (state: PluginPass): ContainerMarks => perFile(state, "slotMachineContainerMarks", () => new ContainerMarks());

/** The file's subtrees with nothing to lower (./inert-subtrees.ts), found when the file is entered. */
const inertOf = (state: PluginPass): Set<t.Node> => perFile(state, "slotMachineInert", () => new Set<t.Node>());

/** The file's runtime binding name, chosen the first time anything needs it. */
const runtimeNameOf = (path: NodePath, state: PluginPass): string =>
  perFile(state, "slotMachineRuntime", () => path.scope.getProgramParent().generateUid("slotMachine"));
import { formatLayoutReport } from "./report/index.js";

export type { SlotMachineOptions } from "./options.js";
export type { FunctionLayout, SavedLocal, SuspensionPoint } from "./layout.js";

export default declare((api, rawOptions): PluginObject<PluginPass> => {
  api.assertVersion("^7.22.0 || ^8.0.0");
  const options = resolveOptions(rawOptions);
  const lowering: Visitor<PluginPass> = {
    "ObjectExpression|Class"(path: NodePath, state) {
      if (!path.isObjectExpression() && !path.isClass()) return;
      if (path.isObjectExpression() && wrapComputedKeyNames(path, containerMarksOf(state))) return;
      const members: t.Node[] = path.isObjectExpression() ? path.node.properties : (path.node as t.Class).body.body;
      if (!members.some(isLoweredMethod)) return;
      wrapMethodContainer(path as NodePath<t.ObjectExpression | t.Class>, runtimeNameOf(path, state), helpersOf(state), containerMarksOf(state));
    },
    Function(path: NodePath<t.Function>, state) {
      const node = path.node;
      if (!node.generator && !node.async) return;
      const runtimeName = runtimeNameOf(path, state);
      const filename = state.filename ?? null;
      // Whether anything inside the function is left to lower, asked before lowering moves it.
      const inert = inertOf(state);
      const holdsNothingToLower = childrenAreInert(node, inert);
      const { layout, stepBody } = lowerFunction(path, {
        runtimeName,
        filename,
        debugSlotNames: options.debugSlotNames,
        plainStateProperty: options.plainStateProperty,
        helpers: helpersOf(state),
        nativeNames: nativeNamesOf(state),
        marks: containerMarksOf(state),
        freeOfWithAndEval: state.get("slotMachineFreeOfWithAndEval") === true,
      });
      // The step function holds the function's code and nothing made to lower: the file's own
      // traversal need not look through it (the shared traversal still enters it).
      if (holdsNothingToLower) inert.add(stepBody);
      options.onLayout?.(layout);
      if (options.report) {
        // The same renderer as the CLI's `explain`: one table (or one JSON line) per function.
        const text = formatLayoutReport(layout, options.report, { cwd: state.file.opts.cwd ?? process.cwd() });
        process.stderr.write(text.endsWith("\n") ? text : text + "\n");
      }
    },
  };
  // The file's own lowering traversal enters only what holds something to lower.
  const loweringOnEntry: Visitor<PluginPass> = {
    enter(path, state) {
      if (inertOf(state).has(path.node)) path.skip();
    },
    ...lowering,
  };
  return {
    name: "slot-machine",
    visitor: {
      ...lowering,
      Program: {
        // Everything is lowered in a traversal of our own before any other plugin's visitor
        // (ours come first: plugins run before presets) sees a function: preset-env's async
        // generator transform does its work in its own `Program` traversal, and would
        // otherwise take the async generators and `for await` loops first (when it comes before
        // this plugin, that is refused: ./plugin-order.ts). The shared
        // traversal's visitor (`lowering`, above) still lowers what another plugin makes later.
        enter(path: NodePath<t.Program>, state) {
          refuseEarlierLowering(state);
          keepBlockDeclarationsScoped(path);
          const { inert, withOrEval } = surveyFile(path.node);
          if (inert.has(path.node)) return;
          state.set("slotMachineInert", inert);
          // (The shared traversal, which lowers what other plugins make, enters everything,
          // and looks for `with` and `eval` in every function it lowers.)
          state.set("slotMachineFreeOfWithAndEval", !withOrEval);
          path.traverse(loweringOnEntry, state);
          state.set("slotMachineFreeOfWithAndEval", false);
        },
        exit(path: NodePath<t.Program>, state) {
          const runtimeName = state.get("slotMachineRuntime") as string | undefined;
          if (runtimeName) injectRuntime(path, runtimeName, options.runtime, helpersOf(state));
        },
      },
    },
  };
});
