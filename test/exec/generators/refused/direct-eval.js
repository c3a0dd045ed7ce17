// @refuse eval
// Direct eval inside a generator can read and write any local by name, which a lowering that
// moves locals into slots cannot preserve: the plugin must refuse it, pointing at the call.
function* gen() {
  let secret = "local";
  yield eval("secret");
  eval("secret = 'changed'");
  yield secret;
}
print([...gen()].join(","));
