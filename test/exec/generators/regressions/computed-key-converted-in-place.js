// A computed key is converted to a property key (its toString or Symbol.toPrimitive called)
// right after it is evaluated, before the next key or value, in object literals, classes and
// object patterns. Held across a later yield/await, a key must be converted when held, not
// when the literal or class is finally made (and, in a pattern with a rest, only once).
const log = [];
function keyObject(name) {
  return { toString() { log.push("toString " + name); return name; } };
}
const sym = Symbol("s");
const symbolKey = { [Symbol.toPrimitive](hint) { log.push("toPrimitive " + hint); return sym; } };

function* literal() {
  const o = {
    [keyObject("a")]: (log.push("value a"), 1),
    [symbolKey]: 2,
    [(log.push("key b"), yield "b")]: (log.push("value b"), 3),
    [keyObject("c")]() {},
  };
  return Object.keys(o).join(",") + " " + String(o[sym]);
}

function* classKeys() {
  class K {
    static [keyObject("m")]() {}
    static [(log.push("key n"), yield "n")] = 1;
    static [keyObject("o")] = 2;
  }
  return Object.getOwnPropertyNames(K).filter((n) => !["length", "name", "prototype"].includes(n)).join(",");
}

function* classOfClosure() {
  let v = "v";
  class K {
    [keyObject("p")]() { return v; }
    [(log.push("key q"), yield "q")]() { return v; }
  }
  v = "w";
  return new K().p() + new K().q1();
}

function* pattern(source) {
  const { [keyObject("x")]: x = yield "x", ...rest } = source;
  return x + " " + Object.keys(rest).join(",");
}

async function awaited() {
  const o = { [keyObject("aw")]: 1, [await "k"]: 2 };
  return Object.keys(o).join(",");
}

function drive(it) {
  let r = it.next();
  while (!r.done) r = it.next(r.value + "1");
  log.push("=> " + r.value);
}
drive(literal());
drive(classKeys());
drive(classOfClosure());
drive(pattern({ y: 2, z: 3 }));
print(log.join(" | "));
log.length = 0;
awaited().then((v) => print(v, log.join(" | ")));
