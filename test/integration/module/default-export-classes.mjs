// `export default class` with generator methods: the methods are marked (their generator
// objects inherit from the method's own prototype), the class keeps its name ("default" when
// anonymous), and the module's own binding is the exported one.
import Named from "./_default-classes.mjs";
import Anonymous from "./_anonymous-default.mjs";

for (const C of [Named, Anonymous]) {
  const instance = new C();
  const g = instance.items();
  console.log(C.name, [...instance.items()].join(), Object.getPrototypeOf(g) === C.prototype.items.prototype, typeof C.prototype.items.prototype);
}
console.log([...Named.make()][0] instanceof Named, Object.getPrototypeOf(Named.make()) === Named.make.prototype);
