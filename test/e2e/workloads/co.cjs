// Workload for co 4.6.0: the classic generator runner. Its own file holds no generator; it
// drives the workload's generators (lowered in the lowered run) with next()/throw(), and
// decides what a yielded value is by looking at it: a generator object (has next and throw),
// a generator function (its constructor is named GeneratorFunction), a promise, a thunk, an
// array or an object of those. So it checks the lowered generator object model as a real
// library reads it. Deterministic: thunks call back synchronously or after resolved promises.
"use strict";
const co = require("co");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map(show).join(" ")); };
function show(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  return JSON.stringify(value);
}
async function ticks(n) { for (let i = 0; i < n; i++) await null; return n; }
const range = (n, from = 0) => Array.from({ length: n }, (_, i) => i + from);

function* double(x) { const y = yield ticks(2); return x * 2 + y; }
function* delegated() { return (yield double(3)) + (yield* double(4)); }
function* failing(message) { yield ticks(1); throw new RangeError(message); }
const thunk = (value, fail) => (callback) => { ticks(1).then(() => (fail ? callback(new TypeError(value)) : callback(null, value))); };

async function attempt(label, body) {
  try { print(label, "=", await body()); }
  catch (error) { print(label, "threw", error); }
}

async function main() {
  await attempt("generator object", () => co(function* () { return yield double(5); }));
  await attempt("generator function", () => co(function* () { return yield function* () { return (yield ticks(3)) * 100; }; }));
  await attempt("yield*", () => co(delegated));
  await attempt("array and object", () => co(function* () {
    const list = yield [ticks(1), double(1), Promise.resolve("p"), thunk("t")];
    const record = yield { a: ticks(2), b: double(2), c: { nested: Promise.resolve(7) }, plain: 1 };
    return [list, record];
  }));
  await attempt("thunks", () => co(function* () { return [yield thunk("one"), yield (cb) => cb(null, "sync", "extra")]; }));
  await attempt("errors caught in the generator", () => co(function* () {
    const caught = [];
    try { yield Promise.reject(new SyntaxError("rejected promise")); } catch (error) { caught.push(show(error)); }
    try { yield thunk("thunk error", true); } catch (error) { caught.push(show(error)); }
    try { yield failing("child generator"); } catch (error) { caught.push(show(error)); }
    try { yield [ticks(1), failing("in array")]; } catch (error) { caught.push(show(error)); }
    try { yield 42; } catch (error) { caught.push(show(error)); }
    return caught;
  }));
  await attempt("uncaught error rejects", () => co(function* () { yield ticks(1); throw new EvalError("escapes"); }));
  await attempt("finally runs", () => co(function* () {
    try { yield failing("with finally"); }
    finally { print("finally ran", yield ticks(1)); }
  }));
  await attempt("this and arguments", () => co.call({ k: "ctx" }, function* () { return [this.k, arguments.length, yield Promise.resolve(this.k)]; }));
  await attempt("co.wrap", async () => {
    const add = co.wrap(function* (a, b) { return (yield ticks(a)) + (yield Promise.resolve(b)); });
    return [await add(2, 3), add.__generatorFunction__ !== undefined];
  });
  await attempt("nested co", () => co(function* () { return yield co(function* () { return yield co(delegated); }); }));

  let total = 0;
  for (let round = 0; round < 40; round++) {
    total += await co(function* () {
      let sum = 0;
      for (const x of range(25)) {
        sum += yield double(x + round);
        const [waited, fromThunk] = yield [ticks(x % 3), thunk(round)];
        sum += waited + fromThunk;
        operations += 2;
      }
      return sum;
    });
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", show(error)); process.exitCode = 1; });
