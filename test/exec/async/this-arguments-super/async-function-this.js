// An async function's own `this`: method call, call/apply/bind, sloppy undefined this is the
// global object, strict stays undefined.
async function sloppy() {
  await null;
  return this === globalThis;
}
async function strict() {
  "use strict";
  await null;
  return this === undefined;
}
async function withThis(suffix) {
  const before = this.tag;
  await null;
  return before + "/" + this.tag + suffix;
}
const o = { tag: "o", withThis };
async function main() {
  print("sloppy this is global: " + (await sloppy()));
  print("strict this is undefined: " + (await strict()));
  print("method: " + (await o.withThis("!")));
  print("call: " + (await withThis.call({ tag: "c" }, "?")));
  print("apply: " + (await withThis.apply({ tag: "a" }, ["."])));
  print("bind: " + (await withThis.bind({ tag: "b" })(";")));
}
main();
