// An async function that awaits recursive calls of itself: every activation has its own
// locals, interleaved with a sibling recursion.
async function sum(name, n) {
  if (n === 0) return 0;
  const here = n;
  const rest = await sum(name, n - 1);
  print(name + " level " + here + " rest " + rest);
  return here + rest;
}
async function fib(n) {
  if (n < 2) return n;
  const both = await Promise.all([fib(n - 1), fib(n - 2)]);
  return both[0] + both[1];
}
sum("a", 3).then((v) => print("a total " + v));
sum("b", 2).then((v) => print("b total " + v));
fib(10).then((v) => print("fib(10) " + v));
