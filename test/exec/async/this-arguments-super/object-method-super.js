// Async methods of object literals keep `super` (the home object's prototype) across awaits,
// with the original `this`.
const base = {
  greet(x) {
    return "base greet " + x + " from " + this.name;
  },
  get label() {
    return "base label of " + this.name;
  },
};
const derived = {
  __proto__: base,
  name: "derived",
  async greet(x) {
    const first = super.greet(x);
    await null;
    const second = super.greet(await (x + 1));
    return first + " | " + second + " | " + super.label;
  },
  async setViaSuper() {
    await null;
    super.assigned = await "value";
    return Object.prototype.hasOwnProperty.call(this, "assigned") + " " + this.assigned;
  },
};
derived.greet(1).then((v) => print(v));
derived.setViaSuper().then((v) => print("super assignment lands on this: " + v));
const other = { name: "other", greet: derived.greet };
other.greet(5).then((v) => print("borrowed: " + v));
