// Running sums over two lists, then their mean. `xs`, `ys` and `sum` are live at both yields;
// the first loop's iterator is dead once that loop ends and the second loop's iterator is
// born after it, so the two iterators share one slot: 4 slots instead of 5.
function* runningSums(xs, ys) {
  let sum = 0;
  for (const x of xs) {
    sum += x;
    yield sum;
  }
  for (const y of ys) {
    sum += y;
    yield sum;
  }
  return sum / (xs.length + ys.length);
}

const it = runningSums([1, 2], [3, 4]);
console.log([...it].join(" "));
