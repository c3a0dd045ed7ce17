// `this` inside a generator is the receiver of the call that created it, kept across yields;
// arrows inside see the same `this`; sloppy-mode calls without receiver get the global.
const obj = {
  name: "obj",
  *gen() {
    yield this.name;
    const arrow = () => this.name;
    yield arrow();
    yield this === obj;
  },
};
print([...obj.gen()].join(","));
const other = { name: "other" };
print([...obj.gen.call(other)].join(","));
function* sloppy() {
  yield this === globalThis;
}
print("sloppy global", sloppy().next().value);
function* strict() {
  "use strict";
  yield this === undefined;
}
print("strict undefined", strict().next().value);
function* primitive() {
  "use strict";
  yield typeof this;
}
print("strict primitive", primitive.call(5).next().value);
function* boxed() {
  yield typeof this;
}
print("sloppy boxed", boxed.call(5).next().value);
