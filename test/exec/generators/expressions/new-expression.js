// `new` with yields in the callee position and in the arguments.
const log = [];
class Point {
  constructor(x, y) { log.push("construct"); this.x = x; this.y = y; }
}
function arg(v) { log.push("arg " + v); return v; }
let Ctor = Point;
function* gen() {
  const p = new Ctor(arg(1), yield "y");
  print("p", p.x, p.y, p instanceof Point);
  const q = new (yield "ctor")(arg(3), arg(4));
  print("q", q.x, q.y);
  const r = new (class { constructor(v) { this.v = v; } })(yield "anon");
  print("r", r.v);
}
const it = gen();
print(it.next().value);
Ctor = function () { throw new Error("not this one"); };
print(it.next(2).value);
print(it.next(Point).value);
print(it.next("V").done);
print(log.join(","));
