// A function declaration is hoisted above the `let` it reads: called before the declaration
// ran it throws; a hoisted function called only afterwards reads the value.
function* gen() {
  try { early(); } catch (e) { print("early call:", e.constructor.name); }
  yield 1;
  let x = "x";
  const y = "y";
  print(early(), late());
  yield 2;
  function early() { return x; }
  function late() { return helper() + y; }
  function helper() { return late.name + ":"; }
}
print([...gen()].join());
