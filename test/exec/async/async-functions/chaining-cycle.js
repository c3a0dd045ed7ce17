// Returning the function's own promise rejects with a TypeError (chaining cycle), after the
// await; awaiting it inside itself never settles (the rest of the program still runs).
let self;
async function returnsSelf() {
  await null;
  return self;
}
self = returnsSelf();
self.then(
  () => print("resolved (wrong)"),
  (e) => print("rejected " + e.constructor.name)
);
let own;
async function awaitsSelf() {
  await null;
  print("awaiting own promise");
  await own;
  print("never printed");
}
own = awaitsSelf();
own.then(() => print("never printed either"));
Promise.resolve().then(() => Promise.resolve()).then(() => print("program continues"));
