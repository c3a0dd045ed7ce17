/**
 * `babel-plugin-slot-machine/runtime`: one shared instance of the runtime, for code lowered
 * with `runtime: "import"`. The inline mode emits the runtime's source instead, cut down to
 * the sections a file uses (./sections.ts).
 */
import { createRuntime } from "./runtime.js";

export { createRuntime };

const runtime = createRuntime();
export default runtime;
