// A completed generator (by return, by an exception, by return()) answers next with
// {undefined, done}, rethrows what throw() gets, and return(v) gives {v, done}.
function* returns() { yield 1; return 2; }
function* throws() { yield 1; throw new Error("inside"); }
function attempt(label, fn) {
  try {
    const r = fn();
    print(label, r.value, r.done, Object.keys(r).join(","));
  } catch (e) {
    print(label, "threw", e instanceof Error ? e.message : e);
  }
}
const a = returns();
attempt("a1", () => a.next());
attempt("a2", () => a.next());
attempt("a3", () => a.next("x"));
attempt("a throw", () => a.throw("thrown in"));
attempt("a return", () => a.return("bye"));
attempt("a return no arg", () => a.return());
const b = throws();
attempt("b1", () => b.next());
attempt("b2", () => b.next());
attempt("b3", () => b.next());
const c = returns();
attempt("c1", () => c.next());
attempt("c return", () => c.return(9));
attempt("c next", () => c.next());
const d = returns();
for (const v of d) print("for-of", v);
attempt("d after for-of", () => d.next());
