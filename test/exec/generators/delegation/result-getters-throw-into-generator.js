// yield* reads the inner result's `done` (and, when done, `value`) inside the delegation: an
// error from those getters is thrown into the generator at the `yield*`, where its try/catch
// sees it, for results of next, throw and return alike; the inner iterator is not closed.
function poisonedIterable(which, getter) {
  const log = [];
  const result = (done) => {
    const r = { value: "inner value" };
    Object.defineProperty(r, "done", { get() { log.push("get done"); if (getter === "done") throw new Error("done getter"); return done; } });
    if (done) Object.defineProperty(r, "value", { get() { log.push("get value"); if (getter === "value") throw new Error("value getter"); return "final"; } });
    return r;
  };
  return {
    log,
    [Symbol.iterator]() {
      let first = true;
      return {
        next() {
          log.push("next");
          if (first) { first = false; return { value: "inner value", done: false }; }
          return result(which === "next");
        },
        throw(e) { log.push("throw"); return result(which === "throw"); },
        return(v) { log.push("return"); return result(which === "return"); },
      };
    },
  };
}
function* g(source) {
  try {
    const v = yield* source;
    print("yield* gave", v);
  } catch (e) {
    print("caught", e.message);
  }
  return "completed";
}
for (const which of ["next", "throw", "return"]) {
  for (const getter of ["done", "value"]) {
    const source = poisonedIterable(which, getter);
    const it = g(source);
    const out = [];
    try {
      out.push(JSON.stringify(it.next()));
      let r = which === "next" ? it.next() : which === "throw" ? it.throw(new Error("sent")) : it.return("R");
      out.push(JSON.stringify(r));
    } catch (e) {
      out.push("escaped " + e.message);
    }
    print(which, getter, out.join(" | "), source.log.join(","));
  }
}
