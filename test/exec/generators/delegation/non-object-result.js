// An inner next() result that is not an object is a TypeError at the yield* (native engines
// check it; a lowering that reads `.done` of a number would loop forever instead).
let calls = 0;
function* gen() {
  try {
    yield* { [Symbol.iterator]() { return { next() { calls++; return calls > 3 ? { done: true } : 7; } }; } };
    yield "no error";
  } catch (e) {
    yield "bad result: " + e.constructor.name;
  }
}
print([...gen()].join(" | "), "calls", calls);
