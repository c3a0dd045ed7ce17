// Object literal properties name their functions by key, also when a later property suspends
// (the builder evaluates earlier ones first), with computed keys, methods and getters; classes
// keep a static `name` member; class declarations in a taken-apart block keep their name.
const show = (f) => JSON.stringify(typeof f === "function" ? f.name : f);
function* g() {
  const sym = Symbol("sym");
  let i = 0;
  const o = {
    plain: function () {},
    arrow: () => {},
    cls: class {},
    [sym]: function () {},
    ["key" + i++]: () => {},
    [Symbol()]: class {},
    ["c" + i++]: class {},
    withName: class { static name() { return "own"; } },
    method() {},
    get getter() { return 1; },
    "string key": function () {},
    42: function () {},
    unnamed: (0, function () {}),
    suspended: yield "object",
    after: function () {},
  };
  yield Reflect.ownKeys(o).map((k) => String(k) + "=" + show(o[k])).join(" ");
  yield show(Object.getOwnPropertyDescriptor(o, "getter").get);
  yield typeof o.withName.name;
  {
    class Declared {
      static who() { return Declared.name; }
    }
    class WithStatic { static name() { return "static"; } }
    yield Declared.name + " " + Declared.who() + " " + typeof WithStatic.name;
    let anon = class { static name() {} };
    yield typeof anon.name;
  }
}
const it = g();
for (let r = it.next(); !r.done; r = it.next(r.value)) print(r.value);

// Computed-key functions that closures' cells must reach: the literal is handed them whole.
function* cells() {
  const made = [];
  for (let i = 0; i < 2; i++) {
    made.push({ [Symbol.iterator]: () => ({ next() { return { done: true, value: i }; } }), [`k${i}`]: function () { return i; }, ["c" + i]: class { static m() { return i; } } });
    i = i + 0;
    yield i;
  }
  const o = made[1];
  yield Reflect.ownKeys(o).map((k) => String(k) + "=" + show(o[k]) + "," + (typeof o[k] === "function" && o[k].m ? o[k].m() : "")).join(" ");
  yield o[Symbol.iterator]().next().value + " " + o.k1();
}
for (const v of cells()) print(v);
