// An async arrow stored in a class field captures the instance as `this`; an async method
// called unbound has `this` undefined (class bodies are strict).
class Widget {
  name = "widget";
  load = async (x) => {
    await null;
    return this.name + " loaded " + x;
  };
  async unbound() {
    await null;
    return this === undefined;
  }
}
const w = new Widget();
const { load, unbound } = w;
load(1).then((v) => print(v));
unbound().then((v) => print("unbound this undefined: " + v));
w.name = "renamed";
print("sync end");
