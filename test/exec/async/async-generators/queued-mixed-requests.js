// next(), throw() and return() queued before earlier requests settle run in order.
async function* gen() {
  try {
    const a = yield 1;
    print("received " + a);
    yield 2;
  } catch (e) {
    print("caught " + e.message);
    yield "from catch";
  } finally {
    print("finally");
  }
}
const g = gen();
const log = (label) => (r) => print(label + ": " + r.value + " " + r.done);
const err = (label) => (e) => print(label + " rejected: " + e.message);
g.next("ignored").then(log("next1"));
g.next("A").then(log("next2"));
g.throw(new Error("E")).then(log("throw"), err("throw"));
g.return("R").then(log("return"));
g.next().then(log("next3"));
g.throw(new Error("late")).then(log("late throw"), err("late throw"));
print("queued");
