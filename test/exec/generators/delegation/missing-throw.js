// throw() forwarded to an inner iterator without a `throw` method: the inner iterator is
// closed (its return is called) and the outer generator gets a TypeError at the yield*.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { log.push("next"); return { value: "x", done: false }; },
      return() { log.push("return called"); return {}; },
    };
  },
};
function* outer() {
  try {
    yield* iterable;
  } catch (e) {
    print("caught", e.constructor.name, e instanceof TypeError);
    yield "after";
  }
}
const it = outer();
print(JSON.stringify(it.next()));
print(JSON.stringify(it.throw(new Error("should not arrive"))));
print(log.join(","));
