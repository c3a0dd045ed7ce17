// A declaration that reads its own binding in its initializer: `let x = x`, also across a
// suspension inside the initializer, and a destructuring default reading a later name.
function* gen() {
  yield 0;
  try { let x = x + 1; yield x; } catch (e) { print("let x = x:", e.constructor.name); }
  try { const y = (yield 1, y); print("no error", y); } catch (e) { print("const y = (yield, y):", e.constructor.name); }
  try { let [a = b, b] = []; yield a; } catch (e) { print("default reads a later name:", e.constructor.name); }
  let [c, d = c + 1] = [1];
  print("a default reading an earlier name:", c, d);
  let e1 = 1, e2 = e1 + 1;
  yield e2;
}
print([...gen()].join());
