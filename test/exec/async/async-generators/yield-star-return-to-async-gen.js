// return() and throw() forwarded through yield* into an inner async generator whose finally
// awaits and yields; the outer generator's finally runs after the inner one.
async function* inner() {
  try {
    yield "i1";
    yield "i2";
  } catch (e) {
    print("inner caught " + e.message);
    yield "inner recovered";
  } finally {
    await null;
    print("inner finally");
  }
}
async function* outer() {
  try {
    yield* inner();
    print("after yield*");
  } finally {
    print("outer finally");
  }
}
async function main() {
  const show = (r) => print(JSON.stringify(r));
  const a = outer();
  show(await a.next());
  show(await a.throw(new Error("E")));
  show(await a.next());
  show(await a.next());
  const b = outer();
  show(await b.next());
  show(await b.return("R"));
  show(await b.next());
}
main();
