// Source-map fixture: each function throws at a known position (see integration.test.ts).
function* gen(limit) {
  let i = 0;
  while (i < limit) {
    yield i++;
  }
  throw new Error("from generator");
}

async function run() {
  await null;
  const value = await Promise.resolve(1);
  if (value) throw new Error("from async");
}

var genError;
try {
  for (const x of gen(2)) void x;
} catch (error) {
  genError = error;
}
var asyncError = run().catch(function (error) { return error; });
