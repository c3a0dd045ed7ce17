// A generator method under a computed key has its own `prototype`, and its generator objects
// inherit from it, as for any other generator method; its key's conversion runs once, in order.
const sym = Symbol("each");
let conversions = 0;
const key = { toString() { conversions++; print("key converted"); return "named"; } };
const o = {
  *[Symbol.iterator]() { yield 1; yield 2; },
  *[key]() { yield "n"; },
  [(print("second key"), "plain")]: 1,
  async *[sym]() { yield "async"; },
};
print(conversions, Object.keys(o).join());
for (const [name, fn] of [["iterator", o[Symbol.iterator]], ["named", o.named], ["sym", o[sym]]]) {
  const g = fn.call(o);
  print(name, typeof fn.prototype, Object.getPrototypeOf(g) === fn.prototype, Object.prototype.hasOwnProperty.call(fn, "prototype"));
}
print([...o].join());

class K {
  *[Symbol.iterator]() { yield "k"; }
  static *["st" + "atic"]() { yield "s"; }
  *[1 + 1]() { yield 2; }
}
const k = new K();
print([...k].join(), [...K.static()].join(), [...k[2]()].join());
print(Object.getPrototypeOf(k[Symbol.iterator]()) === K.prototype[Symbol.iterator].prototype);
print(Object.getPrototypeOf(K.static()) === K.static.prototype, Object.getPrototypeOf(k[2]()) === K.prototype[2].prototype);
// The method's prototype can be replaced, as natively.
K.prototype[2].prototype = { tag: "replaced" };
print(k[2]().tag);

// __proto__ as a computed key is an ordinary own property.
const p = { *["__proto__"]() { yield "own"; } };
print(Object.prototype.hasOwnProperty.call(p, "__proto__"), [...p["__proto__"]()].join(), Object.getPrototypeOf(p["__proto__"]()) === p["__proto__"].prototype);
