// `await` in a for-of body, in its iterable expression and in its destructuring default;
// the iterator is closed when the body breaks after an await.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
function items() {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; print("next " + i); return { value: [i], done: i > 3 }; },
    return() { print("return called"); return {}; },
  };
}
async function f() {
  for (const x of await ["a", "b"]) print("for-of " + (await x));
  for (const [v, w = await "dflt"] of items()) {
    print("got " + v + " " + w);
    await null;
    if (v === 2) break;
  }
  print("after loop");
}
ticker(10);
f();
print("sync end");
