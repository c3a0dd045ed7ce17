// finally runs exactly once on every way out: normal, throw, return, break and continue,
// even when both the protected block and the finally block await.
let count = 0;
async function f(mode) {
  for (let i = 0; i < 2; i++) {
    try {
      await null;
      if (mode === "throw") throw new Error("thrown");
      if (mode === "return") return "returned";
      if (mode === "break") break;
      if (mode === "continue") continue;
    } finally {
      count++;
      await null;
      print(mode + " finally " + i);
    }
    print(mode + " after try " + i);
  }
  return mode + " end";
}
async function main() {
  const modes = ["normal", "throw", "return", "break", "continue"];
  for (let m = 0; m < modes.length; m++) {
    const mode = modes[m];
    count = 0;
    try {
      print("result " + (await f(mode)));
    } catch (e) {
      print("error " + e.message);
    }
    print(mode + " finally count " + count);
  }
}
main();
