// await as an operand: the left operand is evaluated (and read) before the await,
// compound assignment reads the target before the await.
let x = 1;
function bump() {
  x += 10;
  print("bump, x is now " + x);
  return 0;
}
async function f() {
  const a = x + (await bump());
  print("x + await bump() = " + a);
  x = 1;
  x += await bump();
  print("x += await bump(): x = " + x);
  const o = { n: 1 };
  o.n += await (o.n = 100, 5);
  print("o.n = " + o.n);
  const arr = [1, 2];
  let i = 0;
  arr[i] = await (i = 1, "new");
  print("arr = " + arr.join(","));
  print("typeof await = " + typeof (await 1));
  print("negation = " + -(await 4) + " not = " + !(await 0));
  print("exponent = " + (await 2) ** (await 3));
  print("comma = " + (await 1, await 2));
  print("in = " + ((await "n") in o) + " instanceof = " + ((await o) instanceof Object));
  let y = 5;
  y = (await y) * 2 + (await y);
  print("y = " + y);
}
f();
