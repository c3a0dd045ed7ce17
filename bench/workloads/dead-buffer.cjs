"use strict";
// Workload "dead-buffer": does a suspended generator keep a value that is already dead?
// `holder` fills a 1 MiB buffer, reads what it needs from it, and only then yields: at
// that yield the buffer can never be read again. 64 instances are parked there and the
// run measures how many ArrayBuffer bytes survive a full GC, per instance. 0 means the
// dead buffer was released; 1,048,576 means it was kept.
//
// It is measured twice: cold (the first 64 calls, so native code is still interpreted)
// and warm (after tens of thousands of calls with small buffers, so the engine has had
// every chance to optimize `holder`). Native V8 keeps dead registers of interpreted
// generators; closure-based lowerings keep every local for the generator's whole life.
//
// Contract with bench/child.ts: `retention(probe)` resolves to { checksum, figures }.

const MIB = 1 << 20;
const PARKED = 64;
const WARM_CALLS = 50000;

function* holder(size, tag) {
  const buf = new Uint8Array(size);
  buf[0] = tag & 255;
  buf[size - 1] = 1;
  const head = (buf[0] + buf[size - 1] + buf.length) | 0;
  yield head;
  yield tag;
  return head;
}

function finish(gen, sum) {
  let step = gen.next();
  while (!step.done) {
    sum = (sum + step.value) | 0;
    step = gen.next();
  }
  return (sum + step.value) | 0;
}

function park(parked, sum) {
  for (let i = 0; i < PARKED; i++) {
    const gen = holder(MIB, i);
    sum = (sum + gen.next().value) | 0;
    parked.push(gen);
  }
  return sum;
}

async function retainedPerInstance(probe, parked, sumBox) {
  await probe.settle();
  const before = probe.arrayBuffers();
  sumBox.sum = park(parked, sumBox.sum);
  await probe.settle();
  const after = probe.arrayBuffers();
  for (let i = 0; i < parked.length; i++) {
    sumBox.sum = finish(parked[i], sumBox.sum);
  }
  parked.length = 0;
  return Math.max(0, after - before) / PARKED;
}

async function retention(probe) {
  const sumBox = { sum: 0 };
  const parked = [];
  const cold = await retainedPerInstance(probe, parked, sumBox);
  for (let r = 0; r < WARM_CALLS; r++) {
    sumBox.sum = finish(holder(1024, r), sumBox.sum);
  }
  const warm = await retainedPerInstance(probe, parked, sumBox);
  return {
    checksum: sumBox.sum,
    figures: {
      "bytes retained per instance, cold": cold,
      "bytes retained per instance, warm": warm,
    },
  };
}

module.exports = { retention };
