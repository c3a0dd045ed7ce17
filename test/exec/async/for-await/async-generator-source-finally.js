// Breaking out of for await over an async generator runs the generator's finally blocks
// (which may await) before the loop's continuation.
async function* source() {
  try {
    for (let i = 1; ; i++) {
      print("source yields " + i);
      yield i;
    }
  } finally {
    print("source finally start");
    await null;
    print("source finally end");
  }
}
async function main() {
  for await (const v of source()) {
    if (v === 2) break;
  }
  print("after break");
  try {
    for await (const v of source()) {
      throw new Error("thrown at " + v);
    }
  } catch (e) {
    print("caught " + e.message);
  }
}
main();
