// test262 for-await-of *-dstr-*-simple-no-strict: sloppy code may assign to `arguments`
// (directly, in a destructuring pattern or a for-of head); the assignment and later reads must
// use one binding, also across an await, not the lowered machine's own arguments.
async function fn() {
  for await ([arguments = 4] of [[]]) {
    print("destructured", arguments);
  }
  await null;
  print("after await", arguments);
  arguments = "assigned";
  await null;
  print("assigned", arguments);
  ({ a: arguments } = { a: "object pattern" });
  print("object pattern", arguments);
  for (arguments of ["for-of head"]) print("for-of", arguments);
  arguments++;
  print("updated", typeof arguments);
}
fn().then(() => print("done"));
function* gen() {
  [arguments] = ["generator"];
  yield arguments;
}
print(gen().next().value);
