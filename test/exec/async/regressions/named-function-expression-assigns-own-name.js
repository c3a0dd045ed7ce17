// Issue 11, item 2 siblings: a named function expression's own name is an immutable binding
// inside it: assigning it is ignored in sloppy code and a TypeError in strict code, for
// lowered generators and async functions themselves and for plain functions inside them.
const g = function* h() {
  h = 1;
  yield typeof h;
};
print([...g()]);
const gs = function* hs() {
  "use strict";
  try {
    hs = 1;
  } catch (e) {
    yield e.constructor.name;
  }
  yield typeof hs;
};
print([...gs()]);
async function* outer() {
  const f = function h() {
    h = 1;
    return typeof h;
  };
  yield f();
  await null;
  const fs = function hs() {
    "use strict";
    try {
      hs = 1;
    } catch (e) {
      return e.constructor.name;
    }
  };
  yield fs();
  const af = async function ah() {
    ah = 3;
    await null;
    return typeof ah;
  };
  yield await af();
}
(async () => {
  for await (const v of outer()) print(v);
})();
