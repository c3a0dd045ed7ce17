"use strict";
// Workload "yield-star": values produced by a leaf generator and forwarded through a chain
// of 8 generators that each delegate with `yield*`, consumed by for-of.
// Native engines forward each value through every level, so the cost grows with depth;
// a lowering that re-enters a step function per level multiplies its own per-resume cost
// by the depth as well. Each level adds 1 to the leaf's return value, which is folded into
// the checksum, so lost or doubled return values through delegation show up.
//
// Contract with bench/child.ts: `time(n)` forwards n values and returns { ops, checksum }.

const DEPTH = 8;

function* leaf(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
  return n;
}

function* relay(depth, n) {
  const inner = depth === 1 ? leaf(n) : relay(depth - 1, n);
  const result = yield* inner;
  return result + 1;
}

function time(n) {
  const chain = relay(DEPTH, n);
  let sum = 0;
  let step = chain.next();
  while (!step.done) {
    sum = (sum + step.value) | 0;
    step = chain.next();
  }
  // step.value is n + DEPTH when every level passed its inner return value up.
  return { ops: n, checksum: (sum + step.value) | 0 };
}

module.exports = { time };
