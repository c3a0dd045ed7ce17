// @refuse with
// `with` inside an async function makes every name lookup dynamic; the plugin refuses it.
// (A classic sloppy script, where `with` is allowed.)
async function f(obj) {
  let name = "local";
  with (obj) {
    await null;
    print(name);
  }
}
f({ name: "from object" });
