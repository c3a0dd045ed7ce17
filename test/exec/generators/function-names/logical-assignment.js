// `||=`, `&&=` and `??=` name an anonymous function like `=` does; the builder takes them
// apart into a branch and a temporary.
const show = (f) => JSON.stringify(f.name);
function* g() {
  let a = null;
  let b = 1;
  let c = undefined;
  a ||= function () {};
  b &&= () => {};
  c ??= class {};
  yield [a, b, c].map(show).join(" ");
  let d = yield "suspend";
  d ||= function () {};
  const keep = () => d;
  yield show(keep());
  let e = 0;
  e ||= (yield "inside", function () {});
  yield show(e);
  let f;
  f ??= (0, () => {});
  yield show(f);
}
for (const v of g()) print(v);
