// Promise.all and Promise.race over async functions, against a ticker.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function delay(name, n) {
  for (let i = 0; i < n; i++) await null;
  print(name + " finished");
  return name;
}
async function failing() {
  await null;
  throw new Error("failing");
}
async function main() {
  const all = await Promise.all([delay("x", 3), delay("y", 1), delay("z", 2)]);
  print("all: " + all.join(","));
  const first = await Promise.race([delay("slow", 3), delay("fast", 1)]);
  print("race: " + first);
  try {
    await Promise.all([delay("ok", 2), failing()]);
  } catch (e) {
    print("all rejected: " + e.message);
  }
}
ticker(14);
main();
print("sync end");
