// A classic `for` with yields in the init, test, update and body.
function* gen() {
  for (let i = yield "init"; (yield "test " + i) && i < 3; i += yield "update " + i) {
    print("body", i, yield "body " + i);
  }
  return "done";
}
const it = gen();
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  const v = r.value;
  r = it.next(v === "init" ? 0 : v.startsWith("test") ? true : v.startsWith("update") ? 1 : v.toUpperCase());
}
print("returned", r.value);
