/**
 * Refuses a configuration in which another plugin lowers generators or async functions before
 * this one can.
 *
 * The plugin lowers every generator, async function and async generator in a traversal of its
 * own when Babel enters the file (index.ts), which is before any other plugin's `Function`
 * visitor in the same pass, so preset-env's regenerator and async-to-generator transforms never
 * see one. `@babel/plugin-transform-async-generator-functions` (preset-env's, or listed by hand)
 * is the exception: it does all its work in its own `Program` visitor. When it comes earlier in
 * Babel's plugin order (listed before "slot-machine" in `plugins`, or from a preset that runs
 * before the preset holding this plugin: presets run last to first), it has rewritten the file's
 * async generators and `for await` loops with its own helpers by the time this plugin starts,
 * and the output would mix its helpers with ours. With `passPerPreset`, every transform of an
 * earlier pass has done its work before this plugin's pass begins. Both are refused, naming the
 * fix, instead of producing mixed output (or output this plugin never saw).
 *
 * Invariant: reads only the plugin list Babel hands the file (`file.opts.plugins`, the first
 * pass, then `file.opts.presets`, the later passes), in the order Babel runs it; checked once per
 * file, before anything is lowered.
 */
import type { PluginPass } from "@babel/core";

/** Babel plugin keys of the transforms that lower generators, async functions or async generators. */
const LOWERS_SUSPENDING_FUNCTIONS = new Set([
  "transform-regenerator",
  "transform-async-to-generator",
  "transform-async-generator-functions",
  "proposal-async-generator-functions",
]);

/** Those of them that do their work in their `Program` visitor, before ours in the same pass. */
const LOWERS_AT_PROGRAM_ENTER = new Set(["transform-async-generator-functions", "proposal-async-generator-functions"]);

/** Throws when a transform that lowers suspending functions does so before this plugin (`state.key`) runs. */
export function refuseEarlierLowering(state: PluginPass): void {
  const opts = state.file.opts;
  // Both lists are always there in @babel/core 7.22+ and 8; a host that builds its own File
  // without them has no plugin order to check.
  const passes = [opts.plugins ?? [], ...(opts.presets ?? []).map((preset) => preset.plugins)];
  const ourPass = passes.findIndex((plugins) => plugins.some((plugin) => plugin.key === state.key));
  for (const [pass, plugins] of passes.slice(0, ourPass + 1).entries()) {
    for (const plugin of plugins) {
      if (plugin.key === state.key) return;
      const key = plugin.key ?? "";
      const earlier = pass < ourPass ? LOWERS_SUSPENDING_FUNCTIONS.has(key) : LOWERS_AT_PROGRAM_ENTER.has(key);
      if (!earlier) continue;
      const where =
        pass === ourPass
          ? 'it is listed before "slot-machine" in `plugins`, or comes from a preset that runs before the one holding "slot-machine": presets run last to first'
          : "it is in an earlier pass: `passPerPreset`";
      throw new Error(
        `babel-plugin-slot-machine: @babel/plugin-${key} runs before "slot-machine" (${where}), so it lowers this ` +
          "file's generators, async functions or async generators with its own helpers before they can be lowered here, " +
          'and the output would mix the two. Put "slot-machine" in the top-level `plugins` (plugins run before presets: ' +
          "beside @babel/preset-env nothing needs excluding) and after no plugin that lowers them, or exclude that " +
          `transform (@babel/preset-env: \`exclude: ["${key}"]\`).`,
      );
    }
  }
}
