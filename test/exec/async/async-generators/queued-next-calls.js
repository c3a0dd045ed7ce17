// Several next() calls made before the first settles are queued and resolve in order, even
// when the generator awaits between yields.
async function* gen() {
  print("gen started");
  yield "a";
  await null;
  await null;
  yield "b";
  print("gen before return");
  return "r";
}
const g = gen();
const ps = [g.next("x1"), g.next("x2"), g.next("x3"), g.next("x4"), g.next("x5")];
print("all next() calls made");
ps.forEach((p, i) => p.then((r) => print("result " + i + ": " + r.value + " " + r.done)));
Promise.all(ps).then(() => print("all settled"));
