// Parameters have a TDZ: a default reading a later parameter rejects (async function) or
// throws at the call (async generator) with a ReferenceError.
async function g(a = b, b) { return a; }
async function* h(a = b, b) { yield a; }
g().then(() => print("no error"), (e) => print("async function:", e.constructor.name));
try { h(); print("no error"); } catch (e) { print("async generator call:", e.constructor.name); }
g(1).then((v) => print("with a value:", v));
