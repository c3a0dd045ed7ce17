/**
 * build: a prepared function body → a FunctionGraph (see ./types.ts for the IR).
 *
 * Statements without a suspension are kept whole (opaque); statements with one are taken
 * apart into blocks. Expressions with a suspension are split by ./expressions.ts so that what
 * is evaluated before the suspension is kept in temporaries, in source order.
 *
 * Control-flow lowering, source → IR:
 *
 *   while (c) S            head: branch c ? body : exit;  body: S; goto head
 *   for (init; c; u) S     init; head: branch c ? body : exit; body: S; goto update;
 *                          update: [per-iteration cell copies]; u; goto head
 *   for (x of e) S         it = iter(e); head: r = step(it); branch r.done ? exit : body;
 *                          body: x = r.value; S; goto head   — S is inside a close region:
 *                          leaving it by break/return/throw closes `it` (a finally-like region)
 *   try B catch (e) C      B with handler = landing; landing: e = caught; C
 *   try B finally F        B inside a region; every way out of B sets (code, value) and goes
 *                          to F; F ends in a chain of branches on code (see ./types.ts)
 *   switch (d) { … }       d → temp; tests in order as branches; bodies in order, fall through
 *
 * Jumps are resolved against a stack of regions: breakable regions (loops, switch, labels)
 * and finally regions. A jump that crosses finally regions enters the innermost one with a
 * jump code; that region's end routes the code onward.
 *
 * The parts: the builder's state and primitives (./graph-builder.ts), statements
 * (./build-statements.ts), loops (./build-loops.ts), expressions (./expressions.ts).
 */
import type { FunctionGraph } from "./types.js";
import { GraphBuilder, type BuildInput } from "./graph-builder.js";
import { lowerStatement } from "./build-statements.js";

export type { BuildInput };

/** The prepared function's body as a FunctionGraph. */
export function buildGraph(input: BuildInput): FunctionGraph {
  return new GraphBuilder(input, lowerStatement).build();
}
