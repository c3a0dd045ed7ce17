// Generators: a lazy range, a delegating pipeline, and one that observes return/throw.
export function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) yield i;
}

export function* mapGen(source, fn) {
  let index = 0;
  for (const value of source) {
    const sent = yield fn(value, index++);
    if (sent !== undefined) console.log("gen: sent", sent);
  }
  return index;
}

export function* guarded(label) {
  try {
    yield `${label}:a`;
    yield `${label}:b`;
  } catch (error) {
    console.log("gen: caught", error.message);
    yield `${label}:recovered`;
  } finally {
    console.log("gen: finally", label);
  }
}

export function* delegate() {
  const count = yield* mapGen(range(0, 3), (v, i) => v * 10 + i);
  console.log("gen: delegate count", count);
  return count;
}
