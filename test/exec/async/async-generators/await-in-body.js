// awaits in an async generator body, between yields, in loops and in try/catch, with the
// values sent by next(v) kept across awaits.
async function value(v) {
  await null;
  return v;
}
async function* gen() {
  let total = 0;
  for (let i = 0; i < 3; i++) {
    const sent = yield total;
    total += await value(sent);
    try {
      if (total > 10) await Promise.reject(new Error("too big " + total));
    } catch (e) {
      print("caught " + e.message);
      total = await value(0);
    }
  }
  return total;
}
async function main() {
  const g = gen();
  const sends = [undefined, 4, 8, 1, 2];
  for (let i = 0; i < sends.length; i++) {
    const r = await g.next(sends[i]);
    print("sent " + sends[i] + " -> " + r.value + " " + r.done);
  }
}
main();
