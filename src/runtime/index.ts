/**
 * `babel-plugin-slot-machine/runtime`: one shared instance of the runtime, for code lowered
 * with `runtime: "import"`, and the runtime's source text, which `runtime: "inline"` emits.
 */
import { createRuntime } from "./runtime.js";

export { createRuntime };

const runtime = createRuntime();
export default runtime;

/** An ES5 expression that evaluates to a fresh runtime object with every helper. */
export function runtimeSourceExpression(): string {
  return `(${String(createRuntime)})()`;
}
