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
  return sum;
}
