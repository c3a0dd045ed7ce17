// When break closes an iterator whose return() gives a non-object, that is a TypeError; when
// the loop is left by a throw, the return() result is ignored. A missing return is fine.
function makeIterable(ret) {
  return {
    [Symbol.iterator]() {
      return { next() { return { value: 1, done: false }; }, return: ret };
    },
  };
}
function* gen(iterable, how) {
  for (const x of iterable) {
    yield x;
    if (how === "break") break;
    throw new Error("left by throw");
  }
}
function run(label, iterable, how) {
  const it = gen(iterable, how);
  try {
    it.next();
    print(label, JSON.stringify(it.next()));
  } catch (e) {
    print(label, "threw", e.constructor.name, e instanceof TypeError ? "(engine message)" : e.message);
  }
}
run("non-object, break", makeIterable(() => 5), "break");
run("non-object, throw", makeIterable(() => 5), "throw");
run("no return, break", makeIterable(undefined), "break");
run("return throws, break", makeIterable(() => { throw new RangeError("from return"); }), "break");
