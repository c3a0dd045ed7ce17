// Each iteration's `let` is a fresh binding: uninitialised again at the top of the body,
// although the previous iteration initialised "the same" variable.
function* gen() {
  for (let i = 0; i < 3; i++) {
    if (i > 0) {
      try { print("iteration", i, "reads", x); } catch (e) { print("iteration", i, e.constructor.name); }
    }
    let x = i * 10;
    yield x;
  }
  let n = 0;
  while (n < 2) {
    const peek = () => y;
    try { peek(); } catch (e) { print("while", n, e.constructor.name); }
    const y = n++;
    yield peek();
  }
}
print([...gen()].join());
