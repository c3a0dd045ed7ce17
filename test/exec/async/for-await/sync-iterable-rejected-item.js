// A rejected promise from a sync iterable throws out of for await; whether the sync
// iterator's return() is called follows the engine (printed, not assumed).
function iterable() {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      i++;
      print("next " + i);
      if (i === 2) return { value: Promise.reject(new Error("item " + i + " rejected")), done: false };
      return { value: Promise.resolve(i), done: i > 3 };
    },
    return() {
      print("return called");
      return {};
    },
  };
}
async function main() {
  try {
    for await (const v of iterable()) print("value " + v);
  } catch (e) {
    print("caught " + e.constructor.name + ": " + e.message);
  }
  print("after loop");
}
main();
