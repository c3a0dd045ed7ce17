// g.throw() on a not-started generator (completes it, body never runs), on a suspended one
// (thrown at the yield, can be caught, or escapes and completes it), and on a completed one
// (rejects with the value).
async function* gen() {
  print("body started");
  try {
    yield 1;
  } catch (e) {
    print("caught " + e.message);
    yield "recovered";
  }
  return "end";
}
async function main() {
  const a = gen();
  try {
    await a.throw(new Error("not started"));
  } catch (e) {
    print("rejected: " + e.message);
  }
  print(JSON.stringify(await a.next()));
  const b = gen();
  await b.next();
  print(JSON.stringify(await b.throw(new Error("suspended"))));
  print(JSON.stringify(await b.next()));
  try {
    await b.throw(new Error("completed"));
  } catch (e) {
    print("rejected: " + e.message);
  }
  const c = gen();
  await c.next();
  print(JSON.stringify(await c.throw(new Error("first"))));
  try {
    await c.throw(new Error("uncaught"));
  } catch (e) {
    print("rejected: " + e.message);
  }
  print(JSON.stringify(await c.next()));
}
main();
