// @refuse eval
// Direct eval inside an async function can read and write any local by name, so the locals
// cannot be moved into slots: the plugin refuses it, pointing at the eval.
async function f(code) {
  let local = "local value";
  await null;
  return eval(code);
}
f("local").then((v) => print(v));
