// Entry of the one-line preset-env app: an async arrow drives for-await loops over an async
// generator method, an early exit (return through finally), a generator and an async rejection.
import { Feed } from "./feed.js";

const countDown = function* (from) {
  while (from > 0) yield from--;
  return "liftoff";
};

const collect = async (feed, size, limit) => {
  const seen = [];
  for await (const page of feed.pages(size)) {
    seen.push(page.join("+"));
    if (seen.length === limit) break;
  }
  return seen;
};

const fail = async (message) => {
  await null;
  throw new Error(message);
};

const main = async () => {
  console.log("main: all", (await collect(new Feed("a", ["x", "y", "z"]), 2, Infinity)).join(" | "));
  console.log("main: first", (await collect(new Feed("b", [1, 2, 3, 4, 5]), 2, 1)).join(" | "));
  const steps = [];
  const counter = countDown(3);
  for (let step = counter.next(); ; step = counter.next()) {
    steps.push(step.value);
    if (step.done) break;
  }
  console.log("main: count", steps.join(","));
  const pages = new Feed("c", ["p", "q"]).pages(1);
  console.log("main: next", JSON.stringify(await pages.next()));
  console.log("main: next sent", JSON.stringify(await pages.next("hello")));
  console.log("main: return", JSON.stringify(await pages.return("early")));
  try {
    await fail("boom");
  } catch (error) {
    console.log("main: caught", error.message);
  }
  return "done";
};

main().then((value) => console.log("main:", value));
