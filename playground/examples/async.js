// Async functions: awaits in sequence and in a loop, a rejection caught by try/catch, and
// a timer, so the run waits for the timer queue to drain.
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

async function total(prices) {
  let sum = 0;
  for (const p of prices) {
    sum += await delay(5, p);
  }
  return sum;
}

async function main() {
  console.log("total", await total([3, 4, 5]));
  try {
    await Promise.reject(new Error("out of stock"));
  } catch (e) {
    console.log("caught", e.message);
  }
  const [a, b] = await Promise.all([delay(10, "a"), delay(1, "b")]);
  console.log(a + b);
}

main().then(() => console.log("done"));
console.log("main started");
