// Closures created in a `for (let ...)` loop across awaits each capture their own
// iteration's binding, including updates made after the await in the same iteration.
async function f() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
    await null;
    fns.push(() => "again " + i);
  }
  print(fns.map((fn) => fn()).join(", "));
  const adders = [];
  for (let i = 0; i < 3; i++) {
    adders.push(() => i);
    await null;
    i++;
  }
  print("incremented in body: " + adders.map((fn) => fn()).join(", "));
}
f();
