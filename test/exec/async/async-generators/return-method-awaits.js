// g.return(v) awaits v: on a not-started, a suspended and a completed generator; a rejected
// v rejects (or is thrown into the generator at the yield when suspended in try).
async function* gen() {
  try {
    yield 1;
  } catch (e) {
    print("generator caught " + e.message);
    yield "from catch";
  }
}
async function main() {
  const show = (r) => print(JSON.stringify(r));
  show(await gen().return(Promise.resolve("not started")));
  const g = gen();
  await g.next();
  show(await g.return(Promise.resolve("suspended")));
  show(await g.return(Promise.resolve("completed")));
  try {
    await gen().return(Promise.reject(new Error("rejected on not started")));
  } catch (e) {
    print("rejected: " + e.message);
  }
  const h = gen();
  await h.next();
  show(await h.return(Promise.reject(new Error("rejected on suspended"))));
  show(await h.next());
}
main();
