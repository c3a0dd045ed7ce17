// Loop heads: the right side of for-of/for-in runs where the head's bindings exist but are
// uninitialised; a for head's initializer reading itself throws; a closure made in a for
// head before a later head binding sees that binding's first value.
function* gen() {
  try { for (let x of [x]) yield x; } catch (e) { print("for-of:", e.constructor.name); }
  try { for (const k in { [k]: 1 }) yield k; } catch (e) { print("for-in:", e.constructor.name); }
  try { for (let i = i; i < 1; i++) yield i; } catch (e) { print("for:", e.constructor.name); }
  const fs = [];
  for (let f = () => i, i = 0; i < 2; i++) {
    fs.push(f);
    yield i;
  }
  print("head closure:", fs.map((f) => f()).join());
  for (const v of [1, 2]) {
    yield v;
  }
}
print([...gen()].join());
