// Rejections caught by try/catch across awaits, nested handlers, rethrow, catch binding
// used after an await.
async function reject(msg) {
  await null;
  throw new Error(msg);
}
async function f() {
  let log = [];
  try {
    log.push("before");
    await reject("one");
    log.push("unreachable");
  } catch (e) {
    await null;
    log.push("caught " + e.message);
    try {
      await reject("two");
    } catch (e2) {
      await null;
      log.push("inner caught " + e2.message + " outer still " + e.message);
    }
  }
  try {
    try {
      await reject("three");
    } catch (e) {
      throw new Error(e.message + " rethrown");
    }
  } catch (e) {
    log.push("outer caught " + e.message);
  }
  return log;
}
f().then((log) => log.forEach((l) => print(l)));
