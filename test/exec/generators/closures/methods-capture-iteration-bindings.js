// Object-literal methods, getters and class methods made in a loop with yields capture that
// iteration's binding, like arrow functions do.
function* g() {
  const objs = [];
  for (let i = 0; i < 3; i++) {
    objs.push({ get() { return i; }, get twice() { return i * 2; }, v: i });
    yield i;
  }
  const classes = [];
  for (let j = 0; j < 2; j++) {
    classes.push(class { m() { return j; } static s() { return -j; } });
    yield j;
  }
  return objs.map((o) => o.get() + ":" + o.twice).join(",") + " | " + classes.map((C) => new C().m() + ":" + C.s()).join(",");
}
const it = g();
let r;
while (!(r = it.next()).done) print("yield", r.value);
print(r.value);
