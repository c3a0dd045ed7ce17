// A loop that retries on caught errors, with awaits in the attempt, the catch and the
// condition.
let attempts = 0;
async function flaky() {
  attempts++;
  await null;
  if (attempts < 4) throw new Error("attempt " + attempts + " failed");
  return "ok on attempt " + attempts;
}
async function withRetry(limit) {
  let lastError;
  for (let i = 0; i < limit; i++) {
    try {
      return await flaky();
    } catch (e) {
      lastError = e;
      print("retrying after " + e.message);
      await Promise.resolve();
    }
  }
  throw new Error("gave up: " + lastError.message);
}
async function main() {
  try {
    await withRetry(2);
  } catch (e) {
    print(e.constructor.name + ": " + e.message);
  }
  print(await withRetry(5));
  let n = 0;
  while (n < 10) {
    try {
      if ((await n++) < 2) throw new Error("again");
      break;
    } catch (e) {
      print("while caught " + e.message + " " + n);
    }
  }
  print("while done " + n);
}
main();
