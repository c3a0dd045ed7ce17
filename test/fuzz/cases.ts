/**
 * Which program a run checks: program `index` of seed `seed` is drawn from its own random
 * stream, derived from the pair alone. So a seed and a run count name the same programs
 * whatever the number of workers and whatever order they are checked in, and any one program
 * can be replayed by its index (`--seed S --index I`) without generating the ones before it.
 *
 * Invariants:
 * - `caseAt(seed, i, ...)` depends only on (seed, i) and the generation options: no state is
 *   shared between draws.
 * - Bias (fast-check's preference for small values in a share of the draws) follows the index
 *   as in `fc.check`: frequent among the first programs, rarer later (`biasFor`).
 * - Shrinking walks fast-check's own shrink trees (the `Value` a draw returns carries its
 *   context), greedily and within a budget of checks, so a failure ends in bounded time.
 */
import fc from "fast-check";
import { xorshift128plus } from "pure-rand/generator/xorshift128plus";
import type { FuzzProgram } from "./ast.js";
import { programArb, type ProgramShape } from "./drivers.js";
import { printProgram, type Feature } from "./print.js";

export interface FuzzCase {
  program: FuzzProgram;
  es5: boolean;
  /** Features printed as their ES5 fallback (see print.ts `Feature`). */
  without?: readonly Feature[];
}

export function caseArb(shape: ProgramShape, es5Share: number, without: readonly Feature[] = []): fc.Arbitrary<FuzzCase> {
  // es5Share in [0, 1]: the fraction of programs printed in ES5 mode.
  const es5 = es5Share <= 0 ? fc.constant(false) : es5Share >= 1 ? fc.constant(true) : fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < es5Share);
  return fc.record({ program: programArb(shape), es5, without: fc.constant(without) });
}

export function printCase(c: FuzzCase): string {
  return printProgram(c.program, { es5: c.es5, without: new Set(c.without ?? []) });
}

/** What a hunt draws from: everything but the seed and the index. */
export interface Generation {
  shape: ProgramShape;
  /** Fraction of programs printed in ES5 mode. */
  es5Share: number;
  /** Features printed as their ES5 fallback (see print.ts `Feature`). */
  without: readonly Feature[];
}

/** A 32-bit integer hash (the finaliser of MurmurHash3): spreads neighbouring inputs apart. */
function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The seed of program `index` of a run with seed `seed`. */
export function programSeed(seed: number, index: number): number {
  return mix32(mix32(seed) ^ mix32(index + 0x9e3779b9));
}

/** fast-check's bias schedule (`runIdToFrequency`): one draw in `2 + log10(index + 1)` is biased. */
function biasFor(index: number): number {
  return 2 + Math.floor(Math.log10(index + 1));
}

const arbitraries = new Map<string, fc.Arbitrary<FuzzCase>>();

function arbitraryFor(generation: Generation): fc.Arbitrary<FuzzCase> {
  const key = JSON.stringify(generation);
  let arb = arbitraries.get(key);
  if (arb === undefined) {
    arb = caseArb(generation.shape, generation.es5Share, generation.without);
    arbitraries.set(key, arb);
  }
  return arb;
}

/** Program `index` of seed `seed`, with the context fast-check needs to shrink it. */
export function drawCase(seed: number, index: number, generation: Generation): fc.Value<FuzzCase> {
  const random = new fc.Random(xorshift128plus(programSeed(seed, index)));
  return arbitraryFor(generation).generate(random, biasFor(index));
}

export function caseAt(seed: number, index: number, generation: Generation): FuzzCase {
  return drawCase(seed, index, generation).value;
}

/**
 * Greedy shrinking along fast-check's shrink tree: take the first smaller case that still
 * fails, start again from it; stop when none does or after `budget` checks.
 */
export async function shrinkCase(
  seed: number,
  index: number,
  generation: Generation,
  stillFails: (candidate: FuzzCase) => Promise<boolean>,
  budget: number,
): Promise<{ result: FuzzCase; checks: number; accepted: number }> {
  const arb = arbitraryFor(generation);
  let current = drawCase(seed, index, generation);
  let checks = 0;
  let accepted = 0;
  let improved = true;
  while (improved && checks < budget) {
    improved = false;
    for (const candidate of arb.shrink(current.value_, current.context)) {
      if (checks >= budget) break;
      checks++;
      if (await stillFails(candidate.value)) {
        current = candidate;
        accepted++;
        improved = true;
        break;
      }
    }
  }
  return { result: current.value, checks, accepted };
}
