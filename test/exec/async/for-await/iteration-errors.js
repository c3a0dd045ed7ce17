// for await over a non-iterable throws a TypeError (a rejection); a next() that rejects or
// returns a non-object ends the loop without calling return().
function iterator(next) {
  return {
    [Symbol.asyncIterator]() {
      return {
        next,
        return() {
          print("return called (wrong)");
          return Promise.resolve({ done: true });
        },
      };
    },
  };
}
async function loop(label, iterable) {
  try {
    let guard = 0;
    for await (const v of iterable) {
      print(label + " value " + v + " (wrong)");
      if (++guard > 2) break; // a lowering that ignores a bad result must not loop forever
    }
    print(label + " completed (wrong)");
  } catch (e) {
    print(label + " " + e.constructor.name + (e.constructor === Error ? ": " + e.message : ""));
  }
}
async function main() {
  await loop("number", 5);
  await loop("object", {});
  await loop("rejecting", iterator(() => Promise.reject(new Error("next rejected"))));
  await loop("non-object", iterator(() => Promise.resolve(7)));
  const p = loop("sync throw", iterator(() => {
    throw new Error("next threw");
  }));
  print("loop returned a promise " + (p instanceof Promise));
  await p;
}
main();
