// Workload for itertools (a port of Python's itertools, CommonJS build): 26 sync generators
// that wrap each other. Exercises infinite generators cut short (count, cycle, repeat with
// islice/take), lazy grouping whose inner groups share the outer iterator (igroupby),
// permutations, zips of different lengths, dedup, chunking, round-robin, early `break` and
// `return()` that must close the sources, and errors thrown by sources and callbacks.
"use strict";
const it = require("itertools");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  return JSON.stringify(value);
}
function* source(name, items, failAt = -1) {
  try {
    for (let i = 0; i < items.length; i++) {
      if (i === failAt) throw new RangeError(`${name} failed at ${i}`);
      print(`${name} yields`, items[i]);
      yield items[i];
    }
  } finally {
    print(`${name} finally`);
  }
}
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);
function attempt(label, body) {
  try { print(label, "=", body()); }
  catch (error) { print(label, "threw", error); }
}
const list = (iterable) => Array.from(iterable);

function main() {
  attempt("chunked", () => list(it.chunked(source("c", range(7)), 3)));
  attempt("flatten/intersperse", () => [list(it.flatten([[1, 2], [], [3]])), list(it.intersperse("-", source("i", ["a", "b", "c"])))]);
  attempt("itake/take", () => [list(it.itake(3, it.count(10, 5))), it.take(2, source("t", range(9)))]);
  attempt("pairwise/partition", () => [list(it.pairwise(range(5))), it.partition(range(9), (x) => x % 3 === 0)]);
  attempt("roundrobin/heads", () => [list(it.roundrobin([1, 2, 3], ["a"], source("rr", ["x", "y"]))), list(it.heads([1, 2], [3], [4, 5, 6]))]);
  attempt("unique", () => [list(it.uniqueEverseen([3, 1, 3, 2, 1, 4])), list(it.uniqueJustseen([1, 1, 2, 2, 1, 3, 3])), list(it.uniqueEverseen(["aa", "b", "cc", "d"], (s) => s.length)), list(it.dupes([1, 2, 1, 3, 2, 1]))]);
  attempt("chain/compress/icompress", () => [list(it.chain([1], source("ch", [2, 3]), [])), it.compress("abcdef", [1, 0, 1, 0, 1, 1]), list(it.icompress(range(5), [true, false, true]))]);
  attempt("count/cycle/repeat", () => [list(it.islice(it.count(), 4)), list(it.islice(it.cycle(source("cy", [1, 2, 3])), 8)), list(it.repeat("r", 3)), list(it.islice(it.repeat("forever"), 2))]);
  attempt("dropwhile/takewhile", () => [list(it.dropwhile(source("dw", range(6)), (x) => x < 3)), list(it.takewhile(source("tw", range(9)), (x) => x < 3))]);
  attempt("groupby lazily", () => {
    const out = [];
    for (const [key, group] of it.igroupby(source("g", ["aa", "ab", "b", "ca", "cb", "cc"]), (s) => s[0])) {
      out.push([key, key === "a" ? list(group) : "skipped"]);
    }
    return out;
  });
  attempt("groupBy/indexBy", () => [it.groupBy(range(7), (x) => (x % 2 ? "odd" : "even")), it.indexBy(["x1", "y2"], (s) => s[0])]);
  attempt("ifilter/imap/islice", () => [list(it.ifilter(range(10), (x) => x % 4 === 1)), list(it.imap(source("m", range(3)), (x) => x * x)), list(it.islice(range(20), 2, 15, 4)), list(it.islice(source("sl", range(20)), 3))]);
  attempt("zips", () => [list(it.izip(range(3), "abcd")), list(it.izip3([1, 2], "ab", [true, false, null])), list(it.izipLongest(range(3), "a", "?")), list(it.izipMany([1, 2], [3, 4], [5])), it.zipLongest3([1], [2, 3], [4, 5, 6], 0)]);
  attempt("permutations", () => [list(it.permutations("abc")), list(it.permutations(range(4), 2)).length]);
  attempt("enumerate/sorted/min/max/sum", () => [list(it.enumerate("xyz", 1)), it.sorted([3, 1, 2], undefined, true), it.min(["bb", "a", "ccc"], (s) => s.length), it.max(range(9)), it.sum(range(101))]);
  attempt("find/every/some/contains", () => [it.find(source("f", range(10)), (x) => x > 2), it.every(range(4), (x) => x < 4), it.some(source("so", range(10)), (x) => x === 1), it.contains(range(5), 3)]);
  attempt("first/reduce/range", () => [it.first(source("fi", range(4))), it.reduce(range(5), (a, x) => a * 2 + x, 0), list(it.range(10, 0, -3)), list(it.xrange(3))]);
  attempt("compact", () => [it.compact([0, 1, null, 2, undefined, "", 3]), list(it.icompact([false, "x", 0])), it.compactObject({ a: 1, b: null, c: undefined, d: 0 })]);
  attempt("source error through imap", () => list(it.imap(source("e1", range(5), 3), (x) => x)));
  attempt("callback error in ifilter", () => list(it.ifilter(source("e2", range(5)), (x) => { if (x === 2) throw new TypeError("predicate 2"); return true; })));
  attempt("break out of nested generators", () => {
    const got = [];
    for (const [i, pair] of it.enumerate(it.pairwise(it.imap(source("brk", range(10)), (x) => x * 2)))) { got.push([i, pair]); if (i === 2) break; }
    return got;
  });
  attempt("return() by hand", () => {
    const iterator = it.chunked(source("ret", range(10)), 2);
    return [iterator.next(), iterator.return("early"), iterator.next()];
  });
  attempt("throw() by hand", () => {
    const iterator = it.imap(source("thr", range(10)), (x) => x);
    const first = iterator.next();
    try { iterator.throw(new EvalError("thrown in")); } catch (error) { return [first, `rethrown ${show(error)}`, iterator.next()]; }
  });

  let total = 0;
  for (let round = 0; round < 30; round++) {
    const values = list(it.islice(it.ifilter(it.imap(it.chunked(it.count(round), 4), (chunk) => it.sum(chunk)), (x) => x % 3 !== 0), 200));
    total += it.sum(values) + list(it.permutations(range(5), 3)).length + list(it.uniqueEverseen(it.islice(it.cycle(range(7)), 100))).length;
    operations += values.length + 60 + 100;
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main();
