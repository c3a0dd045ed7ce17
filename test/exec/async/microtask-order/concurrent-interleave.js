// Several async functions running at once interleave one await per tick.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function worker(name, steps) {
  for (let i = 0; i < steps; i++) {
    print(name + " step " + i);
    await i;
  }
  print(name + " done");
  return name;
}
ticker(5);
worker("a", 3);
worker("b", 1).then((n) => print(n + " resolved"));
worker("c", 2);
print("sync end");
