function* both(a, b) {
  const first = yield* a;
  yield first;
  yield* b;
}
