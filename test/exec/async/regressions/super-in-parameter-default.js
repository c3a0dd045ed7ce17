// Fuzzer finding: an async method whose parameter default uses `super` (its parameters are
// evaluated inside the machine) produced `super` outside a method.
class Base {
  tw(x) { return x * 2; }
}
class Derived extends Base {
  async m(p0, p1 = super.tw(p0)) {
    await null;
    return [p1, super.tw(1), arguments.length];
  }
  static async s(a = super.constructor.name) {
    return a;
  }
}
new Derived().m(5).then((v) => print("m", v.join(",")));
new Derived().m(5, 7).then((v) => print("m given", v.join(",")));
Derived.s().then((v) => print("s", v));
