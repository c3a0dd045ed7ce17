// An exception escaping the body completes the generator; a next() argument after a caught
// exception flows normally; returning from the body gives done: true with the value once.
function* gen() {
  const a = yield "a";
  if (a === "bad") throw new Error("bad input");
  return a;
}
const g1 = gen();
g1.next();
try {
  g1.next("bad");
} catch (e) {
  print("threw", e.message);
}
print(JSON.stringify(g1.next()));
const g2 = gen();
g2.next();
print(JSON.stringify(g2.next("good")));
print(JSON.stringify(g2.next()));
function* noYield() { print("runs on first next"); return "r"; }
const g3 = noYield();
print("created");
print(JSON.stringify(g3.next()));
print(JSON.stringify(g3.next()));
