// for-in with yields: a key deleted while the generator is suspended, before the loop reaches
// it, is skipped; the object expression itself may come from a yield.
function* gen() {
  const obj = { a: 1, b: 2, c: 3, d: 4 };
  for (const k in obj) {
    const deleteKey = yield k;
    if (deleteKey) delete obj[deleteKey];
  }
  print("left", Object.keys(obj).join(","));
  for (var k2 in yield "object") {
    print("key", k2);
  }
  print("after", k2);
}
const it = gen();
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  r = it.next(r.value === "a" ? "c" : r.value === "object" ? { x: 1, y: 2 } : undefined);
}
