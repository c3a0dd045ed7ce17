// Siblings of context-in-class-method-key.js: `this`, `arguments`, `super` and `new.target`
// in the computed key of every kind of member (getter, setter, static, generator and async
// methods, object-literal methods and accessors) are the lowered function's, while `this` in a
// field initializer is the instance (or, static, the class), and `this` in a static block the
// class: the lowering must rewrite the keys and leave the initializers alone.
class Base {
  tw(x) {
    return "s" + x;
  }
}

function keysOf(o) {
  return Reflect.ownKeys(o).filter((n) => !["length", "name", "prototype", "constructor"].includes(n)).join(",");
}

function* memberKinds() {
  class K {
    get [this.a]() { return 1; }
    set [this.b](v) {}
    static [arguments[0]]() {}
    *[arguments[1]]() {}
    async [this.a + "A"]() {}
    async *[this.a + "AG"]() {}
    static get [`${typeof new.target}`]() { return 2; }
  }
  yield keysOf(K.prototype) + " / " + keysOf(K);
  const o = {
    [this.a]() {},
    get [arguments[0]]() { return 3; },
    set [this.b](v) {},
    *[arguments[1]]() {},
    async [this.a + "x"]() {},
  };
  yield keysOf(o);
}

function* initializers() {
  const self = this;
  class K {
    x = this;
    [this.a] = this;
    static y = this;
    static [this.b] = this;
    static #p = this;
    static z;
    static {
      K.z = this === K;
    }
    static p() {
      return K.#p === K;
    }
  }
  const k = new K();
  yield [k.x === k, k[self.a] === k, K.y === K, K[self.b] === K, K.z, K.p()].join(",");
}

async function asyncKeys(x) {
  await null;
  const o = { [arguments[0] + this.a]() {} };
  class K { static [x + new.target]() {} }
  return keysOf(o) + " / " + keysOf(K);
}

class Holder extends Base {
  *superKeys() {
    const o = { [super.tw(1)]() {}, get [super.tw(2)]() { return 0; } };
    class K {
      static *[super.tw(3)]() {}
      set [super.tw(4)](v) {}
    }
    yield keysOf(o) + " / " + keysOf(K) + " / " + keysOf(K.prototype);
  }
}

const ctx = { a: "ta", b: "tb" };
const m = memberKinds.call(ctx, "a0", "a1");
print(m.next().value);
print(m.next().value);
print(initializers.call(ctx).next().value);
print(new Holder().superKeys().next().value);
asyncKeys.call(ctx, "k").then((v) => print("asyncKeys", v));

// A sloppy function with simple parameters maps `arguments[0]` to its first parameter, also
// when a method key is where it reads it.
function* mapped(p) {
  p = "changed";
  class K { [arguments[0]]() {} }
  yield keysOf(K.prototype);
}
print(mapped("original").next().value);
