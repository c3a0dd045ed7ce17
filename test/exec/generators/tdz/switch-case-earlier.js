// A `let` declared in one case of a switch that suspends, read in an earlier case: the case
// runs before the declaration, so the read throws (and the later case, which declares, works).
function* pick(n) {
  switch (n) {
    case 0:
      try { print("read", x); } catch (e) { print("case 0:", e.constructor.name); }
      yield "zero";
    // falls through: the declaration runs now
    case 1:
      let x = n + 10;
      yield x;
      break;
    case 2:
      try { x = 5; } catch (e) { print("case 2 write:", e.constructor.name); }
      yield "two";
  }
}
for (const n of [0, 1, 2]) print(n, [...pick(n)].join());
