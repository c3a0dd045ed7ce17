// for await over sync iterables: arrays of promises and plain values, a sync generator;
// each value is awaited, in order.
function* syncGen() {
  print("syncGen start");
  yield Promise.resolve("sg1");
  yield "sg2";
  print("syncGen end");
}
async function main() {
  let resolveFirst;
  const first = new Promise((r) => {
    resolveFirst = r;
  });
  const items = [first, "plain", Promise.resolve("already")];
  Promise.resolve().then(() => Promise.resolve()).then(() => {
    print("resolving first");
    resolveFirst("late");
  });
  for await (const v of items) print("array item " + v);
  for await (const v of syncGen()) print("gen item " + v);
  for await (const v of "ab") print("string item " + v);
}
main();
