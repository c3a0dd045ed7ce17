// In sloppy mode with simple parameters, `arguments` is mapped to the parameters, and the
// mapping still holds after an await.
async function mapped(a, b) {
  arguments[0] = "set via arguments";
  await null;
  print("a = " + a);
  b = "set via parameter";
  await null;
  print("arguments[1] = " + arguments[1]);
}
async function unmapped(a, b = 0) {
  arguments[0] = "set via arguments";
  await null;
  print("unmapped a = " + a);
}
async function strictFn(a) {
  "use strict";
  arguments[0] = "set via arguments";
  await null;
  print("strict a = " + a);
}
mapped("A", "B").then(() => unmapped("A")).then(() => strictFn("A"));
