// for-of with yields in the iterable expression and the body, over arrays, strings and a
// generator; destructuring in the loop head.
function* inner() { yield 1; yield 2; }
function* gen() {
  for (const x of yield "iterable") print("x", x, yield "x " + x);
  for (const ch of "ab") yield ch;
  for (const [k, v] of [["p", 1], ["q", 2]]) print(k, v, yield k);
  for (const n of inner()) yield n * 10;
}
const it = gen();
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  r = it.next(r.value === "iterable" ? [7, 8] : "r");
}
