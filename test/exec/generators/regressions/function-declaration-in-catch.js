// Fuzzer finding (seed 20260101, once the grammar had function declarations): a function
// declared in the body of a catch clause that contains a yield. Its hoisted assignment was
// dropped (the catch clause, not its body block, owns that scope), so pushing it pushed
// undefined. Its sibling `let`, read by the function, must also get its cell when the catch
// body is entered, not at the declaration, and afresh each time the clause runs.
function* g(rounds) {
  const fns = [];
  for (let i = 0; i < rounds; i++) {
    try {
      yield "try " + i;
      throw new Error("e" + i);
    } catch (e) {
      fns.push(describe);
      let seen = e.message;
      yield describe();
      seen = seen + " changed";
      function describe() {
        return seen + "@" + i;
      }
    }
  }
  return fns.map((f) => f()).join(", ");
}

function* emptyCatch() {
  const fns = [];
  try {
    yield 0;
  } catch {
    print("c0");
    function f1(v) {
      return v + 1;
    }
    fns.push(f1);
  } finally {
    print("f0", fns.length ? fns[0](1) : "none");
  }
}

function drain(it, name, throwAt) {
  for (let k = 0; ; k++) {
    let r;
    try {
      r = k === throwAt ? it.throw(new Error("thrown")) : it.next();
    } catch (e) {
      print(name + " threw " + e.message);
      return;
    }
    print(name + " " + JSON.stringify(r));
    if (r.done) return;
  }
}
drain(g(2), "g", -1);
drain(emptyCatch(), "emptyCatch", 1);
