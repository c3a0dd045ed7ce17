// for await with destructuring patterns (object, array, defaults, rest) and with an
// existing variable or member expression as the target.
async function* pairs() {
  yield { key: "a", value: 1 };
  yield { key: "b" };
  yield Promise.resolve({ key: "c", value: 3, extra: true });
}
async function main() {
  for await (const { key, value = "dflt", ...rest } of pairs()) {
    print(key + "=" + value + " rest " + Object.keys(rest).join(","));
  }
  for await (const [first, , third = "none", ...others] of [[1, 2, 3, 4], Promise.resolve([5])]) {
    print("array " + first + " " + third + " " + others.length);
  }
  let last;
  for await (last of ["x", Promise.resolve("y")]);
  print("last " + last);
  const target = {};
  for await (target.prop of pairs()) print("member target " + target.prop.key);
}
main();
