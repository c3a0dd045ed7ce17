// When the rejection of an async function reaches handlers attached in different ways.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function syncThrow() { throw new Error("sync"); }
async function lateThrow() { await null; throw new Error("late"); }
async function awaitsThrower() {
  try {
    await lateThrow();
  } catch (e) {
    print("awaitsThrower caught " + e.message);
    throw new Error("rethrown");
  }
}
ticker(6);
syncThrow().catch((e) => print("caught " + e.message));
lateThrow().then(null, (e) => print("caught " + e.message));
awaitsThrower().catch((e) => print("caught " + e.message));
print("sync end");
