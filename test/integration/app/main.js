// Entry of the integration app: exercises generators, async functions and async generators
// across three modules and prints one line per observation (console.log).
import { range, mapGen, guarded, delegate } from "./gen.js";
import { sumAsync, recover, ordering } from "./async.js";
import { ticker, merged, collect } from "./stream.js";

console.log("main: range", [...range(1, 8, 2)].join(","));
const mapped = mapGen(["x", "y"], (v, i) => v + i);
console.log("main: mapped", JSON.stringify(mapped.next()), JSON.stringify(mapped.next("hello")));
console.log("main: mapped end", JSON.stringify(mapped.next()));
const g = guarded("g");
console.log("main: guarded", g.next().value);
console.log("main: guarded throw", g.throw(new Error("boom")).value);
console.log("main: guarded done", JSON.stringify(g.next()));
const early = guarded("early");
early.next();
console.log("main: early return", JSON.stringify(early.return(42)));
console.log("main: delegate", [...delegate()].join(","));

async function mainAsync() {
  console.log("main: sum", await sumAsync(5));
  console.log("main: recover", await recover("bad"));
  console.log("main: ordering", await ordering());
  console.log("main: ticker", (await collect(ticker(5), 3)).join(","));
  console.log("main: merged", (await collect(merged(), 10)).join(","));
  const it = merged();
  console.log("main: manual", JSON.stringify(await it.next()), JSON.stringify(await it.return("stop")));
  console.log("main: done");
}

console.log("main: before async");
mainAsync().then(
  () => console.log("main: settled"),
  (error) => console.log("main: failed", error && error.message),
);
console.log("main: after async");
