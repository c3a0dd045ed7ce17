// Names from declarations and assignments of locals that are renamed (block scoped, in a
// block a yield takes apart), cells (captured and reassigned) or plain, across yields.
const show = (f) => JSON.stringify(f.name);
function* g() {
  {
    let fn = function () {};
    const arrow = () => {};
    let cls = class {};
    let gen = function* () {};
    let asyncFn = async function () {};
    yield [fn, arrow, cls, gen, asyncFn].map(show).join(" ");
  }
  let cell = function () {};
  const read = () => cell;
  yield show(read());
  cell = () => {};
  yield show(read());
  cell = class {};
  yield show(read());
  let plain;
  plain = function () {};
  yield show(plain);
  plain = (function () {});
  yield show(plain);
  plain = (0, function () {});
  yield show(plain);
  plain = [function () {}][0];
  yield show(plain);
  var late = (yield "before", function () {});
  yield show(late);
  let compute = yield "x";
  compute = function () {};
  yield show(compute);
  // Named function expressions keep their own name.
  let named = function inner() {};
  yield show(named);
  // `name` as the binding: the own-id form would be a different binding inside.
  let name = function () {
    return typeof name;
  };
  (() => name)();
  yield show(name) + " " + name();
}
for (const v of g()) print(v);
