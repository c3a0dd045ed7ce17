// switch with yields in the discriminant, in case tests (evaluated in order until a match,
// with fallthrough), and default in the middle.
const log = [];
function t(v) { log.push("test " + v); return v; }
function* gen() {
  switch (yield "discriminant") {
    case t(1):
      print("one");
    case yield "case test":
      print("yielded case");
      yield "fallthrough body";
    case t(3):
      print("three");
      break;
    default:
      print("default");
    case t(4):
      print("four");
  }
  print("after switch");
}
const plans = [[1, 9], [2, 2, "x"], [3, 0], [7, 0], [4, 0]];
for (const answers of plans) {
  const it = gen();
  let r = it.next();
  let i = 0;
  while (!r.done) {
    print("yielded", r.value);
    r = it.next(answers[i++]);
  }
  print("log", log.splice(0).join(","));
}
