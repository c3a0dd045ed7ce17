// Async private methods, private fields and static private members accessed across awaits.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() {
    Counter.#instances++;
  }
  async #step(by) {
    await null;
    this.#count += by;
    return this.#count;
  }
  async run() {
    const a = await this.#step(1);
    this.#count += await 10;
    const b = await this.#step(await 100);
    return a + " " + b + " " + this.#count;
  }
  static async #total() {
    await null;
    return Counter.#instances;
  }
  static async report() {
    return "instances " + (await Counter.#total());
  }
  async hasBrand(o) {
    await null;
    return #count in o;
  }
}
const c = new Counter();
new Counter();
c.run().then((v) => print("run: " + v));
Counter.report().then((v) => print(v));
c.hasBrand(c).then((v) => print("brand on instance " + v));
c.hasBrand({}).then((v) => print("brand on plain object " + v));
