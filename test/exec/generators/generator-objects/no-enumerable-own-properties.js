// No own enumerable property on generator objects, string- or symbol-keyed: spread,
// Object.assign, JSON and for-in see nothing (sync and async generators).
function* gen() { yield 1; }
async function* agen() { yield 1; }
for (const g of [gen(), agen()]) {
  const enumerable = Reflect.ownKeys(g).filter((k) => Object.prototype.propertyIsEnumerable.call(g, k));
  const keys = [];
  for (const k in g) keys.push(k);
  print("enumerable own", enumerable.length, "names", Object.getOwnPropertyNames(g).length);
  print("spread", Reflect.ownKeys({ ...g }).length, "assign", Reflect.ownKeys(Object.assign({}, g)).length);
  print("json", JSON.stringify(g), "for-in", keys.length);
}
