// yield* errors: a non-iterable operand, a next() that returns a non-object, and an inner
// next() that rejects; each surfaces as a rejection of the outer request.
async function* over(iterable) {
  try {
    yield* iterable;
  } finally {
    print("finally");
  }
}
const badResult = {
  [Symbol.asyncIterator]() {
    return { next: () => 5 };
  },
};
const rejecting = {
  [Symbol.asyncIterator]() {
    return { next: () => Promise.reject(new Error("inner next rejected")) };
  },
};
async function main() {
  const cases = [42, badResult, rejecting];
  for (let i = 0; i < cases.length; i++) {
    const g = over(cases[i]);
    try {
      await g.next();
      print("case " + i + " resolved (wrong)");
    } catch (e) {
      print("case " + i + " rejected " + e.constructor.name + (e.constructor === Error ? ": " + e.message : ""));
    }
    print("then " + JSON.stringify(await g.next()));
  }
}
main();
