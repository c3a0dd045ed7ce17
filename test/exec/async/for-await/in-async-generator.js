// for await inside an async generator that re-yields; the consumer returns early, which
// closes both the outer generator and the inner iterable.
async function* inner() {
  try {
    yield "i1";
    yield "i2";
    yield "i3";
  } finally {
    print("inner finally");
  }
}
async function* outer() {
  try {
    for await (const v of inner()) {
      const got = yield v.toUpperCase();
      print("outer got " + got);
    }
  } finally {
    print("outer finally");
  }
}
async function main() {
  const g = outer();
  print(JSON.stringify(await g.next("ignored")));
  print(JSON.stringify(await g.next("A")));
  print(JSON.stringify(await g.return("stop")));
  print(JSON.stringify(await g.next()));
}
main();
