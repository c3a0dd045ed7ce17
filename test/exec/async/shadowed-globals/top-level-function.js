// The runtime and the emitted code read the real globals whatever the file declares: every
// global they could read is a top-level `function` here (issue 11, item 3). Renamed functions
// and classes keep their names.
function Object() { return "user Object"; }
function Symbol() { return "user Symbol"; }
function Promise() { return "user Promise"; }
function TypeError() { return "user TypeError"; }
function String() { return "user String"; }
function Function() { return "user Function"; }
function Array() { return "user Array"; }
function WeakMap() { return "user WeakMap"; }
function Reflect() { return "user Reflect"; }
function* inner() {
  var x = yield "i1";
  print("inner got", x);
  return "inner done";
}
function* outer(o) {
  var got = yield* inner();
  print("delegated", got);
  for (var v of [10, 20]) print("of", yield v);
  for (var k in o) print("in", k, yield k);
  var [a, ...rest] = [yield "d", 2, 3];
  var { p, ...others } = { p: yield "e", q: 1 };
  print("destructured", a, rest.length, p, others.q);
  try {
    yield "t";
  } finally {
    print("finally");
  }
}
var it = outer({ x: 1, y: 2 });
var r, n = 0;
while (!(r = it.next(n++)).done) print("yielded", r.value);
var early = outer({});
early.next();
print("return", early.return("early").value, early.next().done);
print("own prototype", inner.prototype.isPrototypeOf(inner()));
try { inner().throw(new RangeError("boom")); } catch (e) { print("thrown", e.constructor.name, e.message); }
try { inner.prototype.next.call({}); } catch (e) { print("wrong receiver", e.constructor.name); }
try { var running = (function* () { running.next(); yield 1; })(); running.next(); } catch (e) { print("running", e.constructor.name); }
try { for (var bad of 5) print(bad); } catch (e) { print("not iterable", e.constructor.name); }
try { (function* () { yield* { next: 1 }; })().next(); } catch (e) { print("bad delegate", e.constructor.name); }
var methods = { *m() { yield "method"; } };
print(methods.m().next().value, methods.m.prototype.isPrototypeOf(methods.m()));

async function af(x) {
  var y = await x;
  return y + 1;
}
async function* ag() {
  yield 1;
  yield* [2, 3];
  yield await af(3);
}
var arrow = async (x) => (await x) * 2;
(async function () {
  print("af", await af(1), await arrow(4));
  for await (var v of ag()) print("ag", v);
  for await (var w of [af(10), 20]) print("sync", w);
  var g = ag();
  print("ag return", (await g.return(5)).value);
  try { await ag.prototype.next.call({}); } catch (e) { print("ag wrong receiver", e.constructor.name); }
  try { await (async function () { throw new RangeError("async boom"); })(); } catch (e) { print("rejected", e.constructor.name, e.message); }
  print("then", typeof af(0).then);
  print("user bindings", Object(), Symbol(), Promise(), TypeError(), String(), Function(), Array(), WeakMap(), Reflect(), Object.name, Reflect.name);
})();
