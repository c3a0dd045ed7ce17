// `super` inside async private methods, async static private methods and async arrows in
// class fields, across awaits.
class Base {
  hello() {
    return "Base.hello(" + this.id + ")";
  }
  static kind() {
    return "Base.kind(" + this.name + ")";
  }
}
class Derived extends Base {
  id = "instance";
  arrow = async () => {
    await null;
    return "arrow " + super.hello();
  };
  async #private(x) {
    await null;
    return "#private " + super.hello() + " " + (await x);
  }
  static async #staticPrivate() {
    await null;
    return "#staticPrivate " + super.kind();
  }
  callPrivate() {
    return this.#private("arg");
  }
  static callStaticPrivate() {
    return Derived.#staticPrivate();
  }
}
const d = new Derived();
d.callPrivate().then((v) => print(v));
Derived.callStaticPrivate().then((v) => print(v));
d.arrow().then((v) => print(v));
print("sync end");
