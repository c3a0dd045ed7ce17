// Workload for wu 2.1.0: lazy combinators over ES2015 iterators. The package's main is a
// regenerator-compiled copy; its native source, wu.js at the package root, is what this
// workload loads and what gets lowered: 30 generators that are installed as both static and
// prototype methods (`this` is the wrapped iterable), curried by argument count, wrap each
// other, cut infinite generators short, tee a shared cache, and are resumed, thrown into and
// returned from by hand.
"use strict";
const wu = require("wu/wu.js");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  return JSON.stringify(value);
}
function* source(name, n, failAt = -1) {
  try {
    for (let i = 0; i < n; i++) {
      if (i === failAt) throw new RangeError(`${name} failed at ${i}`);
      print(`${name} yields`, i);
      yield i;
    }
  } finally { print(`${name} finally`); }
}
function attempt(label, body) {
  try { print(label, "=", body()); }
  catch (error) { print(label, "threw", error); }
}

function main() {
  attempt("entries/keys/values", () => [[...wu.entries({ a: 1, b: 2 })], [...wu.keys({ a: 1 })], [...wu.values({ a: 1, b: [2] })]]);
  attempt("cycle", () => wu.cycle([1, 2]).take(5).toArray());
  attempt("count/repeat", () => [wu.count(3, 2).take(3).toArray(), wu.repeat("x", 2).toArray(), wu.repeat("y").take(3).toArray()]);
  attempt("chain", () => wu.chain([1], source("c", 2), []).toArray());
  attempt("chunk", () => [wu(source("ch", 7)).chunk(3).toArray(), wu([1, 2, 3]).chunk().toArray()]);
  attempt("concatMap", () => wu([1, 2]).concatMap((x) => [x, x * 10]).toArray());
  attempt("drop/dropWhile", () => [wu(source("d", 5)).drop(2).toArray(), wu([1, 2, 5, 1]).dropWhile((x) => x < 3).toArray()]);
  attempt("enumerate", () => wu("abc").enumerate().toArray());
  attempt("filter/reject", () => [wu.filter((x) => x % 2, [1, 2, 3, 4, 5]).toArray(), wu([0, 1, 2, null]).reject().toArray()]);
  attempt("flatten", () => [wu([1, [2, [3, [4]]]]).flatten().toArray(), wu([1, [2, [3]]]).flatten(true).toArray()]);
  attempt("invoke/pluck", () => [wu([1.234, 5.678]).invoke("toFixed", 1).toArray(), wu([{ a: 1 }, { a: 2 }]).pluck("a").toArray()]);
  // (No error message that quotes a function: wu prints its source text, which any Babel
  // transform reprints.)
  attempt("map static and curried", () => [wu.map((x) => x + 1, [1]).toArray(), wu.curryable((a, b) => a * b)(6)(7)]);
  attempt("reductions", () => [wu([1, 2, 3, 4]).reductions((a, b) => a + b).toArray(), wu([1, 2]).reductions((a, b) => a * b, 10).toArray()]);
  attempt("slice", () => [wu(source("s", 10)).slice(2, 5).toArray(), wu.count().slice(3).take(2).toArray()]);
  attempt("spreadMap", () => wu([[1, 2], [3, 4]]).spreadMap((a, b) => a + b).toArray());
  attempt("take/takeWhile", () => [wu(source("t", 10)).take(2).toArray(), wu(source("tw", 10)).takeWhile((x) => x < 3).toArray()]);
  attempt("tap/unique", () => [wu([1, 2]).tap((x) => print("tap", x)).toArray(), wu([1, 1, 2, 3, 2]).unique().toArray()]);
  attempt("zip/zipLongest/zipWith", () => [wu.zip([1, 2, 3], "ab").toArray(), wu.zipLongest([1], "ab").toArray(), wu.zipWith((a, b) => a + b, [1, 2], [10, 20]).toArray()]);
  attempt("every/find/has/some/reduce", () => [wu([1, 2]).every((x) => x > 0), wu(source("f", 9)).find((x) => x > 3), wu([1, 2]).has(2), wu(source("so", 9)).some((x) => x === 2), wu([1, 2, 3]).reduce((a, b) => a + b)]);
  attempt("tee", () => { const [a, b] = wu(source("tee", 4)).tee(); return [a.toArray(), b.take(2).toArray()]; });
  attempt("unzip", () => wu([[1, "a"], [2, "b"]]).unzip().map((x) => [...x]).toArray());
  attempt("curryable", () => { const add = wu.curryable((a, b, c) => a + b + c); return [add(1)(2)(3), add(1, 2)(3), add(1, 2, 3)]; });
  attempt("source error", () => wu(source("err", 5, 2)).map((x) => x).toArray());
  attempt("callback error", () => wu(source("cb", 5)).filter((x) => { if (x === 3) throw new TypeError("filter 3"); return true; }).toArray());
  attempt("throw() by hand", () => {
    const iterator = wu(source("thr", 5)).map((x) => x);
    const first = iterator.next();
    try { iterator.throw(new EvalError("thrown in")); } catch (error) { return [first, show(error), iterator.next()]; }
  });
  attempt("return() by hand", () => { const iterator = wu(source("ret", 5)).filter(() => true); return [iterator.next(), iterator.return(9), iterator.next()]; });
  attempt("break closes", () => { const got = []; for (const x of wu(source("brk", 9)).map((x) => x * 2).enumerate()) { got.push(x); if (got.length === 3) break; } return got; });
  attempt("method lengths", () => ["map", "filter", "take", "slice", "chunk", "zip", "count", "tap"].map((name) => [name, wu[name].length, wu.prototype[name] ? wu.prototype[name].length : null]));

  let total = 0;
  for (let round = 0; round < 30; round++) {
    const values = wu.count(round).map((x) => x * 3).filter((x) => x % 2 === 0).chunk(5).map((chunk) => chunk.reduce((a, b) => a + b, 0)).take(100).toArray();
    total += values.reduce((a, b) => a + b, 0) + wu.zip(wu.cycle([1, 2, 3]), wu.count()).take(50).reduce((a, [x, y]) => a + x * y, 0);
    operations += values.length + 50;
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main();
