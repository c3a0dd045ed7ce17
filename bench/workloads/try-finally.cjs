"use strict";
// Workload "try-finally": a yield inside try/catch/finally inside a loop. Every yield is
// inside a protected region, so a lowering pays for its exception bookkeeping (try
// tables, completion records through finally) on every resumption. One iteration in 1,024
// throws (a number, not an Error, so no stack is captured and the figure stays about the
// lowering) to keep the catch path honest.
//
// Contract with bench/child.ts: `time(n)` runs n loop iterations and returns
// { ops: number of yields, checksum }.

function* guarded(n) {
  let finals = 0;
  for (let i = 0; i < n; i++) {
    try {
      if ((i & 1023) === 1023) {
        throw i;
      }
      yield i;
    } catch (caught) {
      finals = (finals + (caught & 7)) | 0;
    } finally {
      finals = (finals + 1) | 0;
    }
  }
  return finals;
}

function time(n) {
  const gen = guarded(n);
  let sum = 0;
  let yields = 0;
  let step = gen.next();
  while (!step.done) {
    sum = (sum + step.value) | 0;
    yields++;
    step = gen.next();
  }
  return { ops: yields, checksum: (sum + step.value) | 0 };
}

module.exports = { time };
