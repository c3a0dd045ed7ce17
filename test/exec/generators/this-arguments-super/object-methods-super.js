// Generator methods in object literals using super (home object), __proto__ changes of the
// receiver do not change super, and super property assignment sets on `this`.
const proto = {
  describe() { return "proto describe of " + this.name; },
  value: "proto value",
};
const obj = {
  __proto__: proto,
  name: "obj",
  *gen() {
    yield super.describe();
    yield super.value;
    super.assigned = yield "assign";
    yield Object.prototype.hasOwnProperty.call(this, "assigned") + " " + this.assigned;
    yield super.missing;
  },
};
const it = obj.gen.call({ name: "other receiver" });
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  r = it.next("assigned value");
}
const it2 = obj.gen();
print(it2.next().value);
