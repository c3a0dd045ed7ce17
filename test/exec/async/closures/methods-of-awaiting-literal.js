// An object literal with an `await` in it, whose methods capture a per-iteration `let` or a
// binding the loop changes after the literal is made: each literal's methods see their own
// iteration's binding, as natively.
async function literals() {
  const made = [];
  for (let i = 0; i < 3; i++) {
    made.push({ at: await i, read() { return i; }, async later() { await null; return i * 2; } });
  }
  for (const o of made) print(o.at, o.read(), await o.later());
}

async function* stream() {
  for (let n = 0; n < 2; n++) {
    yield { value: await n, get twice() { return n * 2; }, *each() { yield n; } };
  }
}

literals().then(async () => {
  for await (const o of stream()) print(o.value, o.twice, [...o.each()].join());
});
