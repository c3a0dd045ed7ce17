// An async generator that is awaiting is still "executing": return() and throw() requests
// queue behind it instead of interrupting the await.
async function* gen() {
  try {
    print("before await");
    await Promise.resolve();
    print("after await");
    yield "value";
    print("not reached");
  } finally {
    print("finally");
  }
}
const g = gen();
g.next().then((r) => print("next " + r.value + " " + r.done));
g.return("early").then((r) => print("return " + r.value + " " + r.done));
g.throw(new Error("late")).then(
  () => print("throw resolved (wrong)"),
  (e) => print("throw rejected " + e.message)
);
print("sync end");
