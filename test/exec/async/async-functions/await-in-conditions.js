// await in if, ternary, switch discriminant and case tests, and loop conditions.
async function val(v) {
  await null;
  return v;
}
function trace(v) {
  print("case test " + v);
  return v;
}
async function f(n) {
  if (await val(n > 1)) print(n + ": if true");
  else print(n + ": if false");
  print(n + ": ternary " + ((await val(n % 2)) ? await val("odd") : await val("even")));
  switch (await val(n)) {
    case trace(1):
      print(n + ": case one");
    case await val(trace(2)):
      print(n + ": case two (or fall-through)");
      break;
    case trace(3):
      print(n + ": case three");
      break;
    default:
      print(n + ": default");
  }
  let k = 0;
  while (await val(k < n)) k++;
  print(n + ": while counted " + k);
}
async function main() {
  for (let n = 1; n <= 4; n++) await f(n);
}
main();
