// Parameters have a TDZ too: a default that reads a later parameter throws at the call.
function* g(a = b, b) { yield [a, b]; }
try { g(); print("no error"); } catch (e) { print("g():", e.constructor.name); }
print([...g(1, 2)][0].join());
function* h(a, b = a, c = () => d, d = 4) { yield b + c(); }
print([...h(1)].join());
const o = { *m(x = y, y) { yield x; } };
try { o.m(undefined, 1); } catch (e) { print("method:", e.constructor.name); }
