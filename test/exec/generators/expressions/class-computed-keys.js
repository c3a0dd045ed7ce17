// Computed class keys and object literal keys that yield: keys are evaluated in order, each
// before its value, and class keys when the class is defined.
const log = [];
function t(v) { log.push(v); return v; }
function* gen() {
  const C = class {
    [t("first")]() { return 1; }
    [yield "method key"]() { return 2; }
    static [yield "static key"] = t("static value");
    [yield "field key"] = t("field value");
  };
  const c = new C();
  print("keys", Object.getOwnPropertyNames(C.prototype).join(","), Object.keys(C).join(","), Object.keys(c).join(","));
  const o = { [t("k1")]: t("v1"), [yield "obj key"]: yield "obj value", [t("k3")]: t("v3") };
  print("object", o);
}
const it = gen();
const answers = ["m", "s", "f", "k2", "v2"];
let r = it.next();
let i = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next(answers[i++]);
}
print(log.join(","));
