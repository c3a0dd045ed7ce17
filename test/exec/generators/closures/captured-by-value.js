// Captured locals that cannot change once a closure exists are handed to closures as values
// (no cell); the others keep a cell. Each case sits on one side of that rule, with yields
// between the closure's creation and its call so the value crosses a suspension.
function* byValue(n) {
  const fns = [];
  // A const per iteration, captured after its declaration: one value per closure.
  for (let i = 0; i < n; i++) {
    const twice = i * 2;
    fns.push(() => twice);
    yield twice;
  }
  // A var without initializer in a loop is never written: always undefined.
  for (let i = 0; i < 2; i++) {
    var never;
    fns.push(() => typeof never);
    yield i;
  }
  // A var declared in a nested block, read by a closure made after the block.
  if (n > 1) {
    var maybe = "set";
  }
  fns.push(() => maybe);
  yield "after if";
  return fns.map((f) => f()).join(",");
}

function* needCells() {
  // A function declaration is made at block entry, before the const below is initialized.
  const early = [];
  function readLater() {
    return later;
  }
  early.push(readLater);
  const later = "initialized";
  yield later;
  // A recursive function expression refers to itself from inside its own initializer.
  const countdown = function (k) {
    return k <= 0 ? "done" : countdown(k - 1);
  };
  yield countdown(3);
  // A let assigned after the closure was made: the closure must see the new value.
  let changing = 1;
  const readChanging = () => changing;
  yield readChanging();
  changing = 2;
  yield readChanging();
  // A closure made before the declaration in the same block (called after it).
  const before = () => after;
  const after = "after";
  yield before();
  return early.map((f) => f()).join(",");
}

function* switchCase(k) {
  const fns = [];
  switch (k) {
    case 0:
      const inCase = "case " + k;
      fns.push(() => inCase);
      yield inCase;
    case 1:
      fns.push(() => typeof k);
      yield "fell";
  }
  return fns.map((f) => f()).join(",");
}

async function asyncByValue(values) {
  const out = [];
  for (const v of values) {
    const label = "v" + v;
    await null;
    out.push(() => label);
  }
  return out.map((f) => f()).join(",");
}

print([...byValue(3)].join(" | "));
const g = byValue(3);
let r = g.next();
while (!r.done) r = g.next();
print(r.value);
const h = needCells();
for (let r2 = h.next(); ; r2 = h.next()) {
  print(JSON.stringify(r2));
  if (r2.done) break;
}
for (const k of [0, 1]) {
  const s = switchCase(k);
  let x = s.next();
  while (!x.done) x = s.next();
  print(x.value);
}
asyncByValue([1, 2, 3]).then(print);
