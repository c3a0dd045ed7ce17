// `return promise` inside an async generator awaits the promise; a rejected one can be
// caught by a surrounding try in the generator.
async function* ok() {
  yield 1;
  return Promise.resolve("returned value");
}
async function* caught() {
  try {
    return Promise.reject(new Error("rejected return"));
  } catch (e) {
    print("caught in generator: " + e.message);
    return "recovered";
  }
}
async function* uncaught() {
  return Promise.reject(new Error("escapes"));
}
async function main() {
  const g = ok();
  print(JSON.stringify(await g.next()));
  print(JSON.stringify(await g.next()));
  print(JSON.stringify(await g.next()));
  print(JSON.stringify(await caught().next()));
  try {
    await uncaught().next();
  } catch (e) {
    print("rejected: " + e.message);
  }
}
main();
