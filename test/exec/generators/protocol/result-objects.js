// Iterator results are fresh plain objects with exactly `value` then `done`; spread and
// destructuring drive generators; destructuring closes the generator (finally runs).
function* gen() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    print("closed");
  }
}
const it = gen();
const r1 = it.next();
const r2 = it.next();
print("fresh", r1 !== r2, Object.keys(r1).join(","), Object.getPrototypeOf(r1) === Object.prototype);
print("spread", [...gen()].join(","));
const [first, second] = gen();
print("destructured", first, second);
const [only] = gen();
print("only", only);
print("Array.from", Array.from(gen(), (x) => x * 2).join(","));
