// Per-iteration bindings in for-in, for-of, while (block `let`) and do-while loops, with
// closures that run only after later awaits.
async function f() {
  const out = [];
  for (const k in { a: 1, b: 2 }) {
    await null;
    out.push(() => "in:" + k);
  }
  for (const v of ["x", "y"]) {
    out.push(async () => {
      await null;
      return "of:" + v;
    });
    await null;
  }
  let n = 0;
  while (n < 2) {
    const m = n * 10;
    await null;
    out.push(() => "while:" + m);
    n++;
  }
  do {
    let d = n;
    out.push(() => "do:" + d);
    await null;
    d = d + 100;
    n++;
  } while (n < 4);
  const results = [];
  for (let i = 0; i < out.length; i++) results.push(await out[i]());
  print(results.join(" "));
}
f();
