// A script whose top level declares `var arguments`: a lowered function's own `arguments`
// shadows it (also in the function's arrows), while a top-level async arrow reads the
// declared one, in its parameters and body, whenever the code reaches it.
var arguments = ["declared"];
function* gen(a) {
  yield arguments.length + " " + arguments[0];
  a = "written";
  yield (() => arguments[0])();
}
print([...gen("own")].join(" | "));
async function af(a, b = arguments.length) {
  await null;
  return [b, arguments[0]].join(",");
}
af("own").then((v) => print("async function", v));
const arrow = async (x = arguments[0]) => {
  await null;
  return x + " " + arguments[0];
};
const pending = arrow();
arguments = ["reassigned"];
pending.then((v) => print("arrow", v));
