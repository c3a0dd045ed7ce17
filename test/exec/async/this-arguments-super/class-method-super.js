// Async class methods keep `super` (instance and static) across awaits; async arrows inside
// them keep `super` and `this` too.
class Base {
  constructor(name) {
    this.name = name;
  }
  describe(suffix) {
    return "Base.describe(" + this.name + suffix + ")";
  }
  static create() {
    return "Base.create from " + this.name;
  }
}
class Derived extends Base {
  async describe(suffix) {
    await null;
    const s = super.describe(await suffix);
    const viaArrow = await (async () => {
      await null;
      return super.describe("!") + " " + this.name;
    })();
    return "Derived[" + s + "; " + viaArrow + "]";
  }
  static async create() {
    await null;
    return "static: " + super.create() + " " + (this === Derived);
  }
}
new Derived("d").describe("?").then((v) => print(v));
Derived.create().then((v) => print(v));
print("sync end");
