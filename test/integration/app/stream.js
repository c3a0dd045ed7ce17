// Async generators: for await over a mix of promises and values, early return, yield*.
import { delay } from "./async.js";
import { range, guarded } from "./gen.js";

export async function* ticker(n) {
  try {
    for (const i of range(0, n)) {
      yield await delay(`tick${i}`);
    }
  } finally {
    console.log("stream: ticker closed");
  }
}

export async function* merged() {
  yield* ticker(2);
  yield* guarded("sync");
  const last = await delay("last");
  yield last;
}

export async function collect(source, limit) {
  const out = [];
  for await (const value of source) {
    out.push(value);
    if (out.length >= limit) break;
  }
  return out;
}
