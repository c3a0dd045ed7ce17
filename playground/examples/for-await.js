// for await: over an async generator, over an array of promises (each awaited in turn), and
// an early break that closes the source.
async function* countdown(n) {
  try {
    while (n > 0) yield n--;
  } finally {
    console.log("countdown closed");
  }
}

async function main() {
  const seen = [];
  for await (const x of countdown(3)) seen.push(x);
  console.log(seen.join(" "));

  for await (const v of [Promise.resolve("a"), "b", new Promise((r) => setTimeout(r, 5, "c"))]) {
    console.log(v);
  }

  for await (const x of countdown(10)) {
    if (x < 9) break;
    console.log("got", x);
  }
}

main();
