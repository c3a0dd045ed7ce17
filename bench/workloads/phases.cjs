"use strict";
// Workloads "many-locals" and "suspended-heap": one generator with a dozen locals spread
// over four phases. Each phase binds three locals, some of them objects, and most of them
// die before the next yield; only `a` lives from start to finish. A lowering that keeps
// every local for the generator's whole life (closure variables) retains the dead ones at
// every suspension; a lowering that keeps only live locals does not.
//
//   suspended at   live across the yield     dead by then (a closure layout keeps them)
//   yield 1        a, c                       b
//   yield 2        a, e                       b, c, d, f
//   yield 3        a, h, i                    b..g
//   yield 4        a, l                       b..k
//
// Contract with bench/child.ts:
// - `time(n)` creates n instances and runs each to completion (4 yields + the final
//   return = 5 resumptions), returning { ops: 5n, checksum }.
// - `heap(probe)` parks 100,000 instances at yield 2 and reports the heap bytes each one
//   holds after a full GC, then finishes them all to compute the checksum.

function* phases(seed) {
  // phase 1
  const a = seed | 0;
  const b = (a * 3 + 1) | 0;
  const c = { x: a, y: b };
  yield (a + b) | 0;
  // phase 2
  const d = (c.x + c.y) | 0;
  const e = [a, b, d];
  const f = (d * 2) | 0;
  yield (d + f) | 0;
  // phase 3
  const g = (e[0] + e[1] + e[2]) | 0;
  const h = { g: g };
  const i = (g * 5) & 0xffff;
  yield (h.g + i) | 0;
  // phase 4
  const j = (h.g + a + i) | 0;
  const k = "k" + j;
  const l = (k.length + j) | 0;
  yield l;
  return (a + l) | 0;
}

function finish(gen, sum) {
  let step = gen.next();
  while (!step.done) {
    sum = (sum + step.value) | 0;
    step = gen.next();
  }
  return (sum + step.value) | 0;
}

function time(n) {
  let sum = 0;
  for (let s = 0; s < n; s++) {
    sum = finish(phases(s), sum);
  }
  return { ops: n * 5, checksum: sum };
}

const SUSPENDED = 100000;

function heap(probe) {
  // One full run first, so one-time costs (helper setup, prototypes, feedback) are paid
  // before the baseline is taken and are not charged to the instances.
  let sum = finish(phases(-1), 0);
  const held = new Array(SUSPENDED).fill(null);
  probe.gc();
  const before = probe.heapUsed();
  for (let s = 0; s < SUSPENDED; s++) {
    const gen = phases(s);
    sum = (sum + gen.next().value) | 0;
    sum = (sum + gen.next().value) | 0;
    held[s] = gen;
  }
  probe.gc();
  const after = probe.heapUsed();
  for (let s = 0; s < SUSPENDED; s++) {
    sum = finish(held[s], sum);
    held[s] = null;
  }
  return {
    checksum: sum,
    figures: { "heap bytes per suspended instance": (after - before) / SUSPENDED },
  };
}

module.exports = { time, heap };
