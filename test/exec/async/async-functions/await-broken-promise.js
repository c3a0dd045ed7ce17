// Awaiting a promise whose `constructor` getter throws makes the await throw at once (before
// any tick), into the function's try/catch: in an async function, an async generator's await,
// and an async generator resumed with return(brokenPromise) while suspended at a yield.
const log = [];
function broken() {
  const p = Promise.resolve(42);
  Object.defineProperty(p, "constructor", { get() { log.push("get constructor"); throw new Error("broken promise"); } });
  return p;
}
Promise.resolve().then(() => log.push("tick 1")).then(() => log.push("tick 2"));
async function f() {
  try { await broken(); log.push("not reached"); } catch (e) { log.push("f caught " + e.message); }
  log.push("f after");
  return "f done";
}
async function* g() {
  try { await broken(); } catch (e) { log.push("g caught " + e.message); }
  try {
    yield "at yield";
    log.push("not reached");
  } catch (e) {
    log.push("g caught at yield " + e.message);
    return "g returned";
  }
}
async function* plain() { yield "plain"; }
(async () => {
  const p = f();
  log.push("f called");
  print(await p, log.splice(0).join(", "));
  const it = g();
  print(JSON.stringify(await it.next()), log.splice(0).join(", "));
  print(JSON.stringify(await it.return(broken())), log.splice(0).join(", "));
  const q = plain();
  await q.next();
  try { await q.return(broken()); } catch (e) { print("plain return rejected", e.message, log.splice(0).join(", ")); }
})();
