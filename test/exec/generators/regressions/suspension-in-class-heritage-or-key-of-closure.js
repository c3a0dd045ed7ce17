// Fuzzer finding (seed 12, program 24, once class members joined the grammar). A class's
// `extends` expression and computed member keys are evaluated where the class is defined,
// in the enclosing function; when the class's methods read a local of a generator, the
// lowering hands the class its cells through a wrapper function, and the heritage and keys
// moved into that wrapper with their `yield`, which nothing lowered there.
function* computedKey() {
  let v = 1;
  class K {
    [v + (yield "key")]() {
      return v;
    }
  }
  v = 2;
  return new K()[6]();
}

function* heritage() {
  let v = 1;
  class K extends (yield "base") {
    m() {
      return v;
    }
  }
  v = 3;
  return new K().m() + new K().base();
}

async function awaitedKey() {
  let v = 10;
  class K {
    [v + (await 5)]() {
      return v;
    }
  }
  v = 20;
  return new K()[15]();
}

const a = computedKey();
print(JSON.stringify(a.next()), JSON.stringify(a.next(5)));
const b = heritage();
print(JSON.stringify(b.next()), JSON.stringify(b.next(class Base { base() { return 100; } })));
awaitedKey().then((v) => print("awaitedKey", v));
