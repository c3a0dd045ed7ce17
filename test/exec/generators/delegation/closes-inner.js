// Leaving a yield* early closes the inner iterator: return() on the outer calls the inner
// return; an inner return without a method just returns; a return result that is not an
// object is a TypeError.
const log = [];
function makeIterable(returnValue) {
  return {
    [Symbol.iterator]() {
      return {
        next() { return { value: "item", done: false }; },
        return(v) { log.push("inner return(" + v + ")"); return returnValue; },
      };
    },
  };
}
function* outer(it) {
  try {
    yield* it;
  } finally {
    log.push("outer finally");
  }
}
const a = outer(makeIterable({ done: true, value: "inner says" }));
a.next();
print("a", JSON.stringify(a.return("R")));
const b = outer(makeIterable(42));
b.next();
try {
  b.return("R");
} catch (e) {
  print("b threw", e.constructor.name);
}
const c = outer({ [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } });
c.next();
print("c", JSON.stringify(c.return("no return method")));
const d = outer(makeIterable({ done: false, value: "not done" }));
d.next();
print("d", JSON.stringify(d.return("R")));
print(JSON.stringify(d.next()));
print(log.join(", "));
