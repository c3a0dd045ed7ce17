// Async arrows with non-simple parameters in class field initializers and static blocks: their
// `this` and `super` are the initializer's (the instance or the class), and their parameters
// come from their own call.
class Base {
  describe(s) { return "base:" + s; }
  static kind() { return "static base"; }
}
class K extends Base {
  tag = "instance";
  field = async (a = this.tag, { b = super.describe(a) } = {}, ...rest) => {
    await null;
    return [a, b, rest.length].join(",");
  };
  static made;
  static {
    this.made = async ([x] = [super.kind()], y = this.name) => x + "/" + y;
  }
}
const k = new K();
k.field().then((v) => print("field", v));
k.field("given", { b: "B" }, 1, 2).then((v) => print("field given", v));
K.made().then((v) => print("static block", v));
K.made(["X"]).then((v) => print("static block given", v));
