// next/throw/return on a generator that has not started: the first next's argument is
// ignored; throw and return complete it without running any of the body (not even finally).
const log = [];
function* gen(tag) {
  log.push("body " + tag);
  try {
    const x = yield "first";
    log.push("got " + x);
  } finally {
    log.push("finally " + tag);
  }
}
function attempt(label, fn) {
  try {
    print(label, JSON.stringify(fn()));
  } catch (e) {
    print(label, "threw", e instanceof Error ? e.constructor.name + " " + e.message : e);
  }
}
const a = gen("a");
attempt("a next", () => a.next("ignored"));
attempt("a next", () => a.next("second"));
const b = gen("b");
attempt("b throw", () => b.throw(new Error("early")));
attempt("b next", () => b.next());
const c = gen("c");
attempt("c return", () => c.return("early return"));
attempt("c next", () => c.next());
const d = gen("d");
attempt("d throw primitive", () => d.throw("just a string"));
print(log.join(","));
