"use strict";
// Workload "for-await": an async generator consumed by `for await`. Each item crosses the
// async-generator request queue once and the consumer's await once, so it prices both the
// async-generator runtime and the async driver of the consumer.
//
// Contract with bench/child.ts: `time(n)` consumes n items and resolves to
// { ops, checksum }.

async function* produce(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
}

async function consume(n) {
  let sum = 0;
  for await (const value of produce(n)) {
    sum = (sum + value) | 0;
  }
  return sum;
}

async function time(n) {
  const checksum = await consume(n);
  return { ops: n, checksum };
}

module.exports = { time };
