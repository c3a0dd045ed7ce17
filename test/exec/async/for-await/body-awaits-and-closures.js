// The loop body awaits between iterations; closures made in the body keep their own
// iteration's binding; continue skips to the next item.
async function* source() {
  for (let i = 0; i < 4; i++) {
    await null;
    yield i;
  }
}
async function main() {
  const fns = [];
  for await (const v of source()) {
    if (v === 1) continue;
    let label = "item" + v;
    fns.push(() => label);
    await null;
    label += "!";
  }
  print(fns.map((fn) => fn()).join(" "));
}
main();
