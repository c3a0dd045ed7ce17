// An initializer that throws makes the call itself throw; no generator object is returned and
// the body never runs.
let bodyRan = false;
function boom() { throw new RangeError("default failed"); }
function* gen(a, b = boom()) {
  bodyRan = true;
  yield a;
}
let it = "unset";
try {
  it = gen(1);
} catch (e) {
  print("call threw", e.constructor.name, e.message);
}
print("it", typeof it, "body ran", bodyRan);
const ok = gen(1, 2);
print("with argument", ok.next().value, bodyRan);
