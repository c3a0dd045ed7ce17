// `await` in for, while, do-while and for-in loop bodies and headers.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function loops() {
  for (let i = 0; i < 2; i++) {
    await null;
    print("for " + i);
  }
  let j = 0;
  while ((await j) < 2) {
    print("while " + j);
    j++;
  }
  do {
    j = await (j - 1);
    print("do " + j);
  } while (j > 0);
  for (const k in { p: 1, q: 2 }) print("for-in " + (await k));
  for (let i = await 5; i < 7; i = (await i) + 1) print("for header " + i);
}
ticker(18);
loops().then(() => print("loops done"));
print("sync end");
