// While a yield awaits its operand, requests queue: next(), throw() and return() made then
// are served in order once the operand settles, each at the tick native serves it, and a
// yielded thenable whose `then` throws throws into the generator at that yield.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
// Settles some jobs later (no timers: every engine of npm run test:engines runs this).
function later(v) {
  let p = Promise.resolve();
  for (let i = 0; i < 4; i++) p = p.then(() => {});
  return p.then(() => v);
}
async function* gen() {
  try {
    const a = yield later("slow");
    print("sent " + a);
    const b = yield { then() { throw new Error("then threw"); } };
    print("unreachable " + b);
  } catch (e) {
    print("caught " + e.message);
    const c = yield Promise.resolve("after catch");
    print("sent " + c);
    try {
      yield later("in try");
    } finally {
      print("finally");
    }
  }
}
const show = (tag) => (r) => print(tag + " " + r.value + " " + r.done);
const fail = (tag) => (e) => print(tag + " rejected " + e);
ticker(8);
const g = gen();
g.next("ignored").then(show("n1"), fail("n1"));
g.next("one").then(show("n2"), fail("n2"));
g.next("two").then(show("n3"), fail("n3"));
g.next("three").then(show("n4"), fail("n4"));
g.return(later("returned")).then(show("r1"), fail("r1"));
g.next("after").then(show("n5"), fail("n5"));
const h = gen();
h.next().then(show("h1"));
h.throw("thrown while awaiting").then(show("h2"), fail("h2"));
h.next().then(show("h3"));
print("sync end");
