// Async functions: awaits in loops, try/catch/finally, ordering against plain microtasks.
import { range } from "./gen.js";

export const delay = (value) => new Promise((resolve) => Promise.resolve().then(() => resolve(value)));

export async function sumAsync(n) {
  let total = 0;
  for (const i of range(0, n)) {
    total += await delay(i);
  }
  return total;
}

export async function failing(message) {
  await null;
  throw new Error(message);
}

export async function recover(message) {
  try {
    return await failing(message);
  } catch (error) {
    console.log("async: caught", error.message);
    return "recovered";
  } finally {
    console.log("async: finally", message);
  }
}

export async function ordering() {
  const log = [];
  const a = (async () => {
    log.push("a1");
    await undefined;
    log.push("a2");
  })();
  Promise.resolve().then(() => log.push("tick"));
  log.push("sync");
  await a;
  await null;
  return log.join(",");
}
