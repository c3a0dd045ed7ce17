// `in`, `**` and the comma operator with yields on either side.
const log = [];
function t(v) { log.push(String(v)); return v; }
const obj = { k: 1 };
function* gen() {
  print("in", (yield "key") in obj, t("k") in (yield "object"));
  print("pow", t(2) ** (yield "exp"), (yield "base") ** t(2), 2 ** 3 ** (yield "right assoc"));
  print("comma", (t("a"), yield "comma", t("c")));
  print("unary", -(yield "neg"), typeof (yield "typeof"), !(yield "not"), void (yield "void"));
}
const it = gen();
const answers = ["k", { k: 0 }, 3, 5, 2, "B", 4, undefined, 0, "V"];
let r = it.next();
let i = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next(answers[i++]);
}
print(log.join(","));
