// Writes before the declaration: the right side runs first, then the ReferenceError; a
// compound assignment reads first; a destructuring target throws when it is assigned, after
// the value was fetched; typeof throws too.
function* gen() {
  yield 0;
  try { x = (print("rhs"), 1); } catch (e) { print("=", e.constructor.name); }
  try { x += (print("never"), 1); } catch (e) { print("+=", e.constructor.name); }
  try { x++; } catch (e) { print("++", e.constructor.name); }
  try { [x] = { [Symbol.iterator]() { print("iterated"); return [1][Symbol.iterator](); } }; } catch (e) { print("[x] =", e.constructor.name); }
  try { ({ x } = { get x() { print("got"); return 1; } }); } catch (e) { print("({ x } =)", e.constructor.name); }
  try { print(typeof x); } catch (e) { print("typeof", e.constructor.name); }
  print(typeof undeclaredGlobal);
  let x;
  print("declared:", x);
  [x] = [5];
  yield x;
}
print([...gen()].join());
