// for await over a sync iterable: break closes the sync iterator; the order of the close,
// the continuation and a ticker.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
function* values() {
  try {
    yield Promise.resolve(1);
    yield 2;
    yield 3;
  } finally {
    print("sync generator finally");
  }
}
async function f() {
  for await (const v of values()) {
    print("value " + v);
    if (v === 2) break;
  }
  print("after loop");
}
ticker(8);
f();
print("sync end");
