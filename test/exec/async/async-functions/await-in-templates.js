// await inside template literals and tagged templates: substitutions evaluate in order.
let counter = 0;
async function next(label) {
  await null;
  counter++;
  print("next " + label + " -> " + counter);
  return counter;
}
function tag(strings, ...values) {
  return strings.raw.join("|") + " / " + values.join("|");
}
async function f() {
  print(`first ${await next("a")} then ${counter} then ${await next("b")}`);
  print(tag`x${await next("c")}y${counter}z`);
  print(`${`nested ${await next("d")}`} outer ${await next("e")}`);
}
f();
