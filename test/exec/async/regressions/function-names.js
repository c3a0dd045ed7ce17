// Issue 11, item 4 in async code: names from for-await heads (test262 `*-fn-name-*`),
// defaults and assignments around awaits, and object literals that await.
const show = (f) => JSON.stringify(f.name);
async function main() {
  for await (const [fn = function () {}, arrow = () => {}, cls = class {}, gen = function* () {}] of [[]]) {
    print([fn, arrow, cls, gen].map(show).join(" "));
  }
  for await (let { cover = (function () {}), xCover = (0, function () {}) } of [{}]) {
    print(show(cover), show(xCover));
  }
  let late = (await null, function () {});
  print(show(late));
  const o = { f: function () {}, a: await 1, g: async () => {} };
  print(show(o.f), show(o.g));
  let x;
  x ??= async function () {};
  (() => x)();
  print(show(x));
}
async function* ag() {
  const { f = () => {} } = {};
  yield show(f);
  let h = await 0;
  h ||= function* () {};
  yield show(h);
}
main().then(async () => {
  for await (const v of ag()) print(v);
});
