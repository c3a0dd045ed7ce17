// Binary operators: both operands are evaluated (left first, across the yield) before either
// is converted, so valueOf runs after resumption in a fixed order.
const log = [];
function obj(name, v) { return { valueOf() { log.push("valueOf " + name); return v; } }; }
function* gen() {
  const a = obj("a", 1) + (yield "plus");
  const b = (yield "times") * obj("b", 3);
  const c = obj("c", 5) < (yield "less");
  const d = obj("d", 2) - (yield "minus") - obj("e", 1);
  print(a, b, c, d);
}
const it = gen();
let r = it.next();
const answers = [obj("y1", 10), obj("y2", 4), obj("y3", 9), obj("y4", 1)];
let i = 0;
while (!r.done) {
  log.push("yield " + r.value);
  r = it.next(answers[i++]);
}
print(log.join(","));
