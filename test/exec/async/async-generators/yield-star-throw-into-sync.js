// throw() forwarded through yield* to a sync generator that catches it, and one that
// does not.
function* catches() {
  try {
    yield 1;
  } catch (e) {
    print("sync caught " + e.message);
    yield "after catch";
  }
}
function* doesNot() {
  try {
    yield 1;
  } finally {
    print("sync finally");
  }
}
async function* wrap(g) {
  try {
    yield* g;
  } catch (e) {
    print("async caught " + e.message);
    yield "async recovered";
  }
}
async function main() {
  const show = (r) => print(JSON.stringify(r));
  const a = wrap(catches());
  await a.next();
  show(await a.throw(new Error("one")));
  show(await a.next());
  const b = wrap(doesNot());
  await b.next();
  show(await b.throw(new Error("two")));
  show(await b.next());
}
main();
