// An object rest pattern taken apart by a suspension copies like native CopyDataProperties:
// symbol keys too, "__proto__" as an own key, no non-enumerable or inherited key, excluded keys
// compared as property keys (a symbol, a number), getters read in key order, a proxy asked
// for its keys once.
const sym = Symbol("s");
const other = Symbol("other");
function source(log) {
  const o = Object.create({ inherited: 1 });
  o.b = 2;
  o[1] = "one";
  Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
  o[sym] = "symbol";
  o[other] = "other symbol";
  Object.defineProperty(o, "__proto__", { value: "own proto", enumerable: true, configurable: true, writable: true });
  Object.defineProperty(o, "getter", { get() { log.push("get getter"); return "got"; }, enumerable: true });
  return o;
}
function show(o) {
  return Reflect.ownKeys(o).map((k) => String(k) + "=" + String(o[k])).join(" ") + " proto:" + (Object.getPrototypeOf(o) === Object.prototype);
}
function* take() {
  const log = [];
  const { [yield "key"]: first, 1: one, [other]: o2, ...rest } = source(log);
  yield [first, one, o2, show(rest), log.join()].join(" | ");
  const seen = [];
  const proxy = new Proxy({ a: 1, b: 2 }, {
    ownKeys(t) { seen.push("ownKeys"); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { seen.push("gopd " + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
    get(t, k) { seen.push("get " + String(k)); return Reflect.get(t, k); },
  });
  const { [yield "second key"]: a, ...others } = proxy;
  yield [a, JSON.stringify(others), seen.join(", ")].join(" | ");
}
const it = take();
print(it.next().value);
print(it.next("b").value);
print(it.next().value);
print(it.next("a").value);
