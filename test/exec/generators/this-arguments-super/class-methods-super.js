// Generator methods in classes: super property reads and super method calls (with `this`
// kept), static generator methods with super, computed method names, super across yields.
class Base {
  greet(x) { return "base greet " + x + " from " + this.id; }
  get label() { return "label of " + this.id; }
  static make(n) { return "static make " + n; }
}
const key = "computed";
class Derived extends Base {
  constructor(id) { super(); this.id = id; }
  *steps() {
    const first = yield "start";
    yield super.greet(first);
    yield super.label;
    yield super["greet"](yield "inner");
  }
  static *factory() {
    yield super.make(yield "static start");
    yield this === Derived;
  }
  *[key + "Name"]() {
    yield "computed method " + this.id;
  }
  *[Symbol.iterator]() {
    yield* this.steps();
  }
}
const d = new Derived("d1");
const it = d.steps();
let r = it.next();
let i = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next("arg" + i++);
}
const s = Derived.factory();
print(s.next().value, s.next(7).value, s.next().value);
print([...d.computedName()].join(","));
print(typeof Object.getOwnPropertyDescriptor(Derived.prototype, "computedName").value);
print([...d].length);
