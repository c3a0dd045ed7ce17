// `catch` without a binding around awaits, and a finally after it.
async function reject() {
  await null;
  throw new Error("ignored");
}
async function f() {
  let steps = "";
  try {
    steps += "a";
    await reject();
    steps += "x";
  } catch {
    steps += "b";
    await null;
    steps += "c";
  } finally {
    steps += "d";
  }
  try {
    await null;
    steps += "e";
  } catch {
    steps += "y";
  }
  return steps;
}
f().then((s) => print("steps " + s));
print("sync end");
