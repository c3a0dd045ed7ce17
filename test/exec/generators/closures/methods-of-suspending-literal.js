// An object literal with a `yield` in it, whose methods capture a per-iteration `let`: each
// literal's methods see their own iteration's binding (before, every method read the step
// function's variable, which later iterations reassign, so all saw the last iteration).
function* methods() {
  const made = [];
  for (let i = 0; i < 3; i++) {
    made.push({ before: yield "a" + i, read() { return i; } });
    made.push({ read() { return i * 10; }, after: yield "b" + i });
    let j = i;
    made.push({
      get read() { return () => j + i; },
      set read(v) { j = v; },
      [yield "c" + i]: 1,
    });
  }
  made[made.length - 1].read = 100;
  yield made.map((o) => o.read()).join(",");
}
print([...methods()].join(" "));

// A method that writes the binding: the write is seen by the loop body of its own iteration
// only, and a later iteration starts from the copy made at its start.
function* writes() {
  const objects = [];
  for (let k = 0; k < 25; k++) {
    const o = { v: yield k, bump() { k += 10; return k; } };
    objects.push(o);
    yield "k=" + k;
    o.bump();
    yield "after bump k=" + k;
  }
  yield objects.map((o) => o.bump()).join(",");
}
print([...writes()].join(" "));

// Async methods, generator methods, super and computed keys in the same literal.
const proto = { greet() { return "proto"; } };
function* kinds() {
  const out = [];
  for (let n = 1; n <= 2; n++) {
    const o = {
      __proto__: proto,
      *gen() { yield n; yield n * 2; },
      greet() { return super.greet() + n; },
      ["k" + n]: yield n,
      arrow: () => n + 0.5,
    };
    out.push(o);
  }
  yield out.map((o) => [...o.gen()].join("/") + " " + o.greet() + " " + o.arrow() + " " + Object.keys(o).join("|")).join("; ");
}
const it = kinds();
print(it.next().value, it.next("x").value, it.next("y").value);
