"use strict";
// Workload "await-async": an async function that awaits another async function in a loop.
// Natively the callee's promise is awaited directly (V8 skips the extra wrapper turns);
// a lowering builds a driver and a promise for the callee and adopts it in the caller, so
// this is where the per-await overhead of a lowering is largest.
//
// Contract with bench/child.ts: `time(n)` performs n awaits of n callee calls and
// resolves to { ops, checksum }.

async function twice(i) {
  return i * 2;
}

async function sumTwice(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum = (sum + (await twice(i))) | 0;
  }
  return sum;
}

async function time(n) {
  const checksum = await sumTwice(n);
  return { ops: n, checksum };
}

module.exports = { time };
