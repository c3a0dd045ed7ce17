// g.return(v) runs finally blocks, which may await and may yield; a yield in finally
// suspends the return, and the final result carries v.
async function* gen() {
  try {
    try {
      yield 1;
    } finally {
      print("inner finally start");
      await null;
      const got = yield "yielded from inner finally";
      print("inner finally got " + got);
    }
  } finally {
    await Promise.resolve();
    print("outer finally");
  }
}
async function main() {
  const g = gen();
  print(JSON.stringify(await g.next()));
  print(JSON.stringify(await g.return("R")));
  print(JSON.stringify(await g.next("sent")));
  print(JSON.stringify(await g.next()));
}
main();
