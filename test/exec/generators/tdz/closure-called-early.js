// A closure made before the declaration and called before it ran throws; called after, it
// reads the value (closures capture the binding through a cell, which starts uninitialised).
function* gen() {
  const read = () => x;
  const write = (v) => { x = v; };
  try { read(); } catch (e) { print("read early:", e.constructor.name); }
  try { write(1); } catch (e) { print("write early:", e.constructor.name); }
  yield 1;
  try { read(); } catch (e) { print("still early after a yield:", e.constructor.name); }
  let x = 2;
  print("read after:", read());
  write(3);
  print("written:", x);
  yield x;
}
print([...gen()].join());
