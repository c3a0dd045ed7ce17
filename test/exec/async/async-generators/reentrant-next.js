// next() called from inside the running generator body is queued (it does not re-enter),
// and resolves after the current request.
let g;
const results = [];
async function* gen() {
  print("body start");
  const p = g.next("from inside");
  print("inner next returned a promise " + (p instanceof Promise));
  p.then((r) => print("inner request result " + r.value + " " + r.done));
  const got = yield "first";
  print("second step got " + got);
  yield "second";
}
g = gen();
g.next("outer").then((r) => print("outer request result " + r.value + " " + r.done));
print("sync end");
