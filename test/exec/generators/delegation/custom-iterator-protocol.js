// yield* with a hand-written iterator: next is called with exactly one argument (undefined
// first), the inner result object is passed through as it is (not copied, `value` is not
// read while not done), throw and return are looked up on demand.
const log = [];
const results = [];
const iterable = {
  [Symbol.iterator]() {
    log.push("get iterator");
    let i = 0;
    return {
      next(...args) {
        log.push("next(" + args.length + ":" + String(args[0]) + ")");
        i++;
        const result = {
          get done() { log.push("get done " + i); return i > 2; },
          get value() { log.push("get value " + i); return "v" + i; },
        };
        results.push(result);
        return result;
      },
      get return() { log.push("get return"); return undefined; },
    };
  },
};
function* outer() {
  const r = yield* iterable;
  print("yield* value", r);
}
const it = outer();
const a = it.next("first");
print("same object passed through", a === results[0]);
const b = it.next("second");
print("same object passed through", b === results[1]);
const c = it.next("third");
print("final", c.done, c.value);
print(log.join(", "));
