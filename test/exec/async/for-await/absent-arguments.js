// for-await over a sync iterable calls its next() and, on break, its return() with no
// argument (arguments.length 0), as native code does; yield* passes the received value.
function iterable(log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push("next/" + arguments.length); i++; return { value: i, done: i > 3 }; },
        return() { log.push("return/" + arguments.length); return {}; },
      };
    },
  };
}
async function loop(log, stopAt) {
  for await (const v of iterable(log)) { log.push("v" + v); if (v === stopAt) break; }
}
async function* delegate(log) { yield* iterable(log); }
(async () => {
  const a = []; await loop(a, 0); print("exhaust", a.join(","));
  const b = []; await loop(b, 2); print("break", b.join(","));
  const c = [];
  const it = delegate(c);
  await it.next(); await it.next("sent"); await it.return("R");
  print("yield*", c.join(","));
})();
