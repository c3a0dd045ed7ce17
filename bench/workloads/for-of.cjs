"use strict";
// Workload "for-of": the plainest generator there is, a counter consumed by for-of.
// It prices one suspension + one resumption + one iterator-result object, with nothing
// else going on, so it is the floor of what each lowering costs per yield.
//
// Contract with bench/child.ts: `time(n)` runs n yields and returns { ops, checksum };
// the checksum depends only on n, so every variant must produce the same one.

function* range(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
}

function time(n) {
  let sum = 0;
  for (const value of range(n)) {
    sum = (sum + value) | 0;
  }
  return { ops: n, checksum: sum };
}

module.exports = { time };
