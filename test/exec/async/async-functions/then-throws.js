// A thenable whose `then` throws rejects the await; a throw after resolving is ignored.
const throwsFirst = {
  then() {
    print("throwsFirst.then");
    throw new Error("then threw");
  },
};
const throwsAfter = {
  then(resolve) {
    print("throwsAfter.then");
    resolve("resolved first");
    throw new Error("ignored");
  },
};
const getterThrows = {
  get then() {
    print("then getter");
    throw new Error("getter threw");
  },
};
async function f() {
  try {
    await throwsFirst;
  } catch (e) {
    print("caught " + e.constructor.name + ": " + e.message);
  }
  print("got " + (await throwsAfter));
  try {
    await getterThrows;
  } catch (e) {
    print("caught " + e.constructor.name + ": " + e.message);
  }
  return throwsFirst;
}
f().catch((e) => print("f rejected " + e.message));
print("sync end");
