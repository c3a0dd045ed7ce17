// A finally that returns or throws during g.return() overrides the return value.
async function* overrides() {
  try {
    yield 1;
  } finally {
    await null;
    return "finally wins";
  }
}
async function* throws() {
  try {
    yield 1;
  } finally {
    throw new Error("finally throws");
  }
}
async function main() {
  const g = overrides();
  await g.next();
  print(JSON.stringify(await g.return("ignored")));
  const h = throws();
  await h.next();
  try {
    await h.return("ignored");
  } catch (e) {
    print("return rejected: " + e.message);
  }
  print(JSON.stringify(await h.next()));
}
main();
