"use strict";
// Workload "await-value": `await` of an already-settled plain value in a loop. Natively
// each await costs one microtask turn; a lowering adds its driver (promise wrapping,
// generator resume) on top of that turn.
//
// Contract with bench/child.ts: `time(n)` performs n awaits and resolves to
// { ops, checksum }.

async function sumAwaited(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum = (sum + (await i)) | 0;
  }
  return sum;
}

async function time(n) {
  const checksum = await sumAwaited(n);
  return { ops: n, checksum };
}

module.exports = { time };
