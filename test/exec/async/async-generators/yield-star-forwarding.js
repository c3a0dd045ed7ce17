// yield* forwards throw() and return() to a hand-written async iterator and awaits the
// promises it returns; a missing throw() closes the inner iterator and throws a TypeError.
function makeIter(name, hasThrow) {
  let n = 0;
  const it = {
    [Symbol.asyncIterator]() {
      return this;
    },
    next(v) {
      print(name + ".next(" + v + ")");
      n++;
      return Promise.resolve({ value: name + n, done: false });
    },
    return(v) {
      print(name + ".return(" + v + ")");
      return Promise.resolve({ value: "ret " + v, done: true });
    },
  };
  if (hasThrow) {
    it.throw = (e) => {
      print(name + ".throw(" + e.message + ")");
      return Promise.resolve({ value: "handled", done: false });
    };
  }
  return it;
}
async function* outer(name, hasThrow) {
  try {
    const r = yield* makeIter(name, hasThrow);
    print("yield* result " + r);
  } finally {
    print("outer finally " + name);
  }
}
async function main() {
  const show = (r) => print(JSON.stringify(r));
  const a = outer("A", true);
  show(await a.next("x"));
  show(await a.next("y"));
  show(await a.throw(new Error("E")));
  show(await a.return("R"));
  const b = outer("B", false);
  await b.next();
  try {
    await b.throw(new Error("E2"));
  } catch (e) {
    print("b.throw rejected " + e.constructor.name);
  }
}
main();
