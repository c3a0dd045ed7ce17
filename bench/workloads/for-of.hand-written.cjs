"use strict";
// Floor row of workload "for-of": the same counter as for-of.cjs, written by hand as an
// ES5 iterator object (what a careful programmer writes without generators), consumed by
// the same for-of loop. No lowering can do less work per value than this; the row shows
// how far each lowering's per-yield cost is above it.
//
// Contract with bench/child.ts and the engine harness: the same as for-of.cjs.

function RangeIterator(n) {
  this.i = 0;
  this.n = n;
}

RangeIterator.prototype.next = function () {
  var i = this.i;
  if (i < this.n) {
    this.i = i + 1;
    return { value: i, done: false };
  }
  return { value: undefined, done: true };
};

function range(n) {
  return new RangeIterator(n);
}

if (typeof Symbol === "function" && typeof Symbol.iterator === "symbol") {
  RangeIterator.prototype[Symbol.iterator] = function () {
    return this;
  };
} else {
  // ES5 engines without symbols: the name Babel's for-of helper falls back to.
  RangeIterator.prototype["@@iterator"] = function () {
    return this;
  };
}

function time(n) {
  let sum = 0;
  for (const value of range(n)) {
    sum = (sum + value) | 0;
  }
  return { ops: n, checksum: sum };
}

module.exports = { time };
