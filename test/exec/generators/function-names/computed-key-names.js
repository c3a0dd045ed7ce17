// An anonymous generator, async or async generator function that is the value of a
// computed-key property is named by the key: "[description]" for a symbol, "" for a symbol
// without one, the converted key otherwise; the key is converted once, before the value.
var log = [];
var key = { toString: function () { log.push("toString"); return "fromObject"; } };
var named = Symbol("desc");
var empty = Symbol("");
var anon = Symbol();
var o = {
  [named]: function* () { yield 1; },
  [empty]: async function () {},
  [anon]: async function* () {},
  [key]: function* () {},
  ["__proto__"]: function* () {},
  [1 + 1]: async function () {},
  plain: function* () {},
};
print(o[named].name, JSON.stringify(o[empty].name), JSON.stringify(o[anon].name), o.fromObject.name, log.join(","));
print(Object.prototype.hasOwnProperty.call(o, "__proto__"), o["__proto__"].name, o[2].name, o.plain.name);
print(o[named]().next().value, Object.keys(o).join(","));
function make(k) { return { [k]: function* () { return this === obj; } }; }
var obj = make("m");
print(obj.m.name, obj.m.call(obj).next().value, make("n").n.name, make("m").m !== obj.m);
var order = [];
var p = { [(order.push("key"), "k")]: (order.push("value"), function* () {}) };
print(order.join(","), p.k.name);
// Inside a lowered generator, with a key that suspends.
function* outer() {
  var s = Symbol("inner");
  var q = { [yield "key"]: function* () {}, [s]: async function () {} };
  return [Object.keys(q)[0], q[Object.keys(q)[0]].name, q[s].name].join(",");
}
var it = outer();
it.next();
print(it.next("sent").value);
