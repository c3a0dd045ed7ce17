// Nested try/finally: break, continue and return run every enclosing finally in order,
// innermost first, each of them yielding.
function* gen(cmd) {
  outer: for (let i = 0; i < 2; i++) {
    try {
      try {
        yield "body " + i;
        if (cmd === "break") break outer;
        if (cmd === "continue") continue outer;
        if (cmd === "return") return "returned";
        if (cmd === "throw") throw new Error("thrown");
      } finally {
        yield "inner finally " + i;
      }
    } finally {
      yield "outer finally " + i;
    }
    print("end of iteration", i);
  }
  return "loop done";
}
for (const cmd of ["none", "break", "continue", "return", "throw"]) {
  const it = gen(cmd);
  try {
    let r = it.next();
    while (!r.done) {
      print(cmd, "yielded", r.value);
      r = it.next();
    }
    print(cmd, "result", r.value);
  } catch (e) {
    print(cmd, "threw", e.message);
  }
}
