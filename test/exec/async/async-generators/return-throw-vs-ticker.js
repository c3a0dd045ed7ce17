// Microtask order of return() and throw() on suspended, not-started and completed async
// generators, against a ticker.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function* gen(name) {
  try {
    yield name;
  } finally {
    print(name + " finally");
  }
}
ticker(8);
const s = gen("suspended");
s.next().then(() => {
  print("suspended started");
  s.return("r1").then((r) => print("suspended return " + r.value));
});
gen("fresh").return(Promise.resolve("r2")).then((r) => print("fresh return " + r.value));
gen("fresh2").throw(new Error("t")).catch((e) => print("fresh throw " + e.message));
const d = gen("done");
d.return("x").then(() => d.return("r3")).then((r) => print("done return " + r.value));
print("sync end");
