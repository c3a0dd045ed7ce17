// Siblings of suspension-in-class-heritage-or-key-of-closure.js: every kind of class member
// with a computed key that suspends, in a class whose code captures a local of the lowered
// function. The heritage and the keys are evaluated in native order (heritage, then each key
// in source order, logged), before the class is made and its static fields run; keys after
// the last suspending one too; closures in a key capture the cell; an anonymous class keeps
// its name.
const log = [];
function note(x) {
  log.push(String(x));
  return x;
}

function* members() {
  let v = "v";
  const C = class extends (note("heritage"), class B { b() { return "b" + v; } }) {
    [note("m")]() { return v; }
    static [note("s") + (yield "s")]() { return v + "s"; }
    get [note("g") + (yield "g")]() { return v + "g"; }
    set [note("t")](x) { v = x; }
    [note("f") + (yield "f")] = v + "field";
    static [note("sf")] = note("static init " + v);
    #p = v;
    static #q = () => v;
    [note("k2")] = this.#p;
    static q() { return C.#q(); }
    static { note("block " + v); }
  };
  v = "w";
  const c = new C();
  yield [C.name, c.m(), C.s1(), c.g2, c.f3, c.k2, C.q(), c.b(), log.join(" ")].join("|");
}

async function* asyncMembers() {
  let n = 1;
  class K extends (await (note("heritage"), Object)) {
    static [await note("a")]() { return n; }
    [(yield "y") + n]() { return n * 10; }
    [(() => n)()] = () => n;
  }
  n = 2;
  yield [K.a(), new K()["y1"](), new K()[1](), typeof K].join(",");
}

function* loop() {
  const made = [];
  for (let i = 0; i < 3; i++) {
    made.push(class {
      [yield i]() { return i; }
    });
  }
  return made.map((K, j) => new K()["k" + j]()).join(",");
}

function* nested() {
  let x = 1;
  class Outer {
    [(class Inner { [yield "inner"]() { return x; } }, "o")]() { return x; }
  }
  x = 2;
  return new Outer().o();
}

const m = members();
let r = m.next();
let k = 1;
while (!r.done && typeof r.value === "string" && r.value.length <= 1) r = m.next(k++);
print(r.value);
log.length = 0;

const l = loop();
print(JSON.stringify([l.next(), l.next("k0"), l.next("k1"), l.next("k2")]));
const n = nested();
print(JSON.stringify([n.next(), n.next("i")]));

(async () => {
  const a = asyncMembers();
  print(JSON.stringify(await a.next()));
  print(JSON.stringify(await a.next("y")));
  print(log.join(" "));
})();
