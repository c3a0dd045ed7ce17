/**
 * The plugin's two kinds of error, told apart by class, never by message:
 *
 * - `RefusalError`: the user's code holds something the plugin cannot lower exactly (direct
 *   `eval`, `with`, …). Built with Babel's `buildCodeFrameError`, so it carries the code frame;
 *   a SyntaxError, as Babel's own errors about the input are.
 * - `InternalError`: a bug in the plugin, with the function it was lowering framed and the
 *   original error as its `cause`, so the report says so and keeps the stack.
 *
 * `isRefusal` and `isInternalError` also recognise errors made by another copy of this module
 * (the CLI may load the plugin from elsewhere), by a brand property.
 */
import type { NodePath } from "@babel/core";

const REFUSAL = "slotMachineRefusal";
const INTERNAL = "slotMachineInternalError";

export class RefusalError extends SyntaxError {
  readonly [REFUSAL] = true;
}

export class InternalError extends Error {
  readonly [INTERNAL] = true;
}

/** A refusal pointing at `path`: says what cannot be lowered, why, and what to write instead. */
export function refusal(path: NodePath, message: string): RefusalError {
  return path.buildCodeFrameError(`babel-plugin-slot-machine: ${message}`, RefusalError) as RefusalError;
}

/** An internal error while lowering the function at `path`, caused by `error`. */
export function internalError(path: NodePath, what: string, error: unknown): InternalError {
  const message = error instanceof Error ? error.message : String(error);
  const framed = path.buildCodeFrameError(
    `babel-plugin-slot-machine: internal error while lowering ${what}: ${message}. This is a bug in the plugin; please report it with this code.`,
    InternalError,
  ) as InternalError;
  (framed as Error & { cause?: unknown }).cause = error;
  return framed;
}

export function isRefusal(error: unknown): boolean {
  return error instanceof Error && (error as unknown as Record<string, unknown>)[REFUSAL] === true;
}

export function isInternalError(error: unknown): boolean {
  return error instanceof Error && (error as unknown as Record<string, unknown>)[INTERNAL] === true;
}
