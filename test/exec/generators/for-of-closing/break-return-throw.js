// for-of in a generator closes its iterator (calls return) on break, on return and on throw,
// but not on normal exhaustion; the original error wins over an error thrown by return().
const log = [];
function tracked(name, count, returnThrows) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { i++; return { value: name + i, done: i > count }; },
        return() {
          log.push("return " + name);
          if (returnThrows) throw new Error("return threw");
          return {};
        },
      };
    },
  };
}
function* gen(mode) {
  for (const v of tracked(mode, 3, mode === "throw, return throws")) {
    yield v;
    if (mode === "break") break;
    if (mode === "return") return "returned";
    if (mode.startsWith("throw")) throw new Error("body threw");
  }
  return "loop ended";
}
for (const mode of ["exhaust", "break", "return", "throw", "throw, return throws"]) {
  const it = gen(mode);
  try {
    let r = it.next();
    while (!r.done) {
      print(mode, "yielded", r.value);
      r = it.next();
    }
    print(mode, "result", r.value);
  } catch (e) {
    print(mode, "threw", e.message);
  }
  print(mode, "log", log.splice(0).join(","));
}
