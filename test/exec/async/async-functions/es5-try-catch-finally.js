// @es5
// ES5 input plus async functions: try/catch/finally across awaits, a loop with retries,
// a function expression and a switch.
var attempts = 0;
var flaky = async function () {
  attempts++;
  await null;
  if (attempts < 3) throw new Error("attempt " + attempts);
  return "success";
};
async function run(kind) {
  var result = "none";
  for (var i = 0; i < 5; i++) {
    try {
      result = await flaky();
      break;
    } catch (e) {
      print("caught " + e.message);
    } finally {
      await null;
      print("finally " + i);
    }
  }
  switch (await kind) {
    case "a":
      return result + " a";
    default:
      throw new TypeError("unknown kind " + kind);
  }
}
run("a").then(function (v) {
  print("resolved " + v);
  return run("b");
}).then(null, function (e) {
  print(e.constructor.name + ": " + e.message);
});
