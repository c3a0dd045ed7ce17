// Defaults in destructuring patterns of declarations, assignments, loop heads and parameters
// name their anonymous functions after the target, also when a yield takes the pattern apart.
const show = (f) => JSON.stringify(f.name);
function* g(param = function () {}, { arrowParam = () => {} } = {}) {
  yield show(param) + " " + show(arrowParam);
  (() => param)();
  const [fn = function () {}, xFn = (0, function () {})] = [];
  const { cls = class {}, arrow = () => {} } = {};
  yield [fn, xFn, cls, arrow].map(show).join(" ");
  let x, y;
  [x = function () {}] = [];
  ({ y = () => {} } = {});
  yield show(x) + " " + show(y);
  const [held = function () {}, after = yield "in pattern"] = [];
  yield show(held) + " " + after;
  let z;
  ({ z = function () {}, w: z = (yield "in assignment", z) } = {});
  yield show(z);
  for (const [head = function () {}] of [[]]) {
    yield show(head);
    (() => head)();
  }
  for (let { cover = (function () {}), xCover = (0, function () {}) } of [{}]) {
    yield show(cover) + " " + show(xCover);
    cover = null;
    (() => cover)();
  }
  let v;
  for ([v = () => {}] of [[]]) yield show(v);
}
const it = g();
for (let r = it.next(); !r.done; r = it.next(r.value)) print(r.value);
