// Async generators: await and yield in one function; requests queue while one is pending,
// and return() runs the finally block.
async function* ticker(names) {
  let count = 0;
  try {
    for (const name of names) {
      const price = await Promise.resolve(name.length * 10);
      count++;
      yield name + ": " + price;
    }
  } finally {
    console.log("ticker closed after", count);
  }
}

const t = ticker(["ab", "cde", "f"]);
Promise.all([t.next(), t.next()]).then(async (results) => {
  for (const r of results) console.log(r.value);
  console.log(JSON.stringify(await t.return("stop")));
  console.log(JSON.stringify(await t.next()));
});
