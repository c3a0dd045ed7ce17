// The async function object: name and length like the source says, and each call returns a
// new promise.
async function named(a, b) {}
const expr = async function (x) {};
const arrow = async (p, q, r) => {};
const obj = { async method() {} };
async function withDefaults(a, b = 1, c) {}
async function withRest(a, ...rest) {}
print("names " + named.name + " " + expr.name + " " + arrow.name + " " + obj.method.name);
print("lengths " + named.length + " " + expr.length + " " + arrow.length + " " + obj.method.length);
print("lengths with defaults/rest " + withDefaults.length + " " + withRest.length);
const p1 = named();
const p2 = named();
print("new promise each call " + (p1 !== p2) + " " + (p1 instanceof Promise));
print("promise is native " + (Object.getPrototypeOf(p1) === Promise.prototype));
