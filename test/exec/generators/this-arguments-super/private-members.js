// Private fields, private methods, private generator methods, static privates and `#x in obj`
// used from generator methods across yields.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  #bump(by) { this.#count += by; return this.#count; }
  *#privateGen() {
    yield "private gen " + this.#count;
  }
  *run() {
    this.#count = yield "start";
    yield this.#bump(yield "bump by");
    yield* this.#privateGen();
    yield #count in this;
    yield Counter.#instances;
  }
  static *check(o) {
    yield #count in o;
  }
}
const c = new Counter();
new Counter();
const it = c.run();
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  r = it.next(r.value === "start" ? 10 : 5);
}
print("check", Counter.check(c).next().value, Counter.check({}).next().value);
const stolen = c.run;
try {
  const bad = stolen.call({});
  bad.next();
  bad.next(1);
} catch (e) {
  print("wrong receiver", e.constructor.name);
}
