// yield* over a sync iterable inside an async generator: values that are promises are
// awaited, return() and throw() are forwarded to the sync iterator.
function* syncGen() {
  try {
    const a = yield Promise.resolve("awaited promise");
    print("sync got " + a);
    yield "plain";
    yield 3;
  } finally {
    print("sync finally");
  }
  return "sync done";
}
async function* outer() {
  const r = yield* syncGen();
  print("yield* result " + r);
  return "outer done";
}
async function* outer2() {
  yield* ["x", Promise.resolve("y")];
}
async function main() {
  const show = (r) => print(JSON.stringify(r));
  const g = outer();
  show(await g.next("first"));
  show(await g.next("second"));
  show(await g.next());
  show(await g.next());
  show(await g.next());
  const h = outer();
  await h.next();
  show(await h.return("early"));
  const k = outer2();
  show(await k.next());
  show(await k.next());
  show(await k.next());
}
main();
