// Compound assignment reads its left side before evaluating the right side, so a yield on the
// right sees the old value even when the variable changes while suspended.
let x = 10;
const log = [];
const obj = {
  _p: 1,
  get p() { log.push("get p " + this._p); return this._p; },
  set p(v) { log.push("set p " + v); this._p = v; },
};
function key(k) { log.push("key " + k); return k; }
function* gen() {
  x += yield "x";
  print("x", x);
  obj.p *= yield "p";
  print("p", obj._p);
  obj[key("p")] -= yield "computed";
  print("p", obj._p);
  let s = "a";
  s += (yield "s") + (yield "s2");
  print("s", s);
}
const it = gen();
print(it.next().value);
x = 1000; // ignored: the old value was already read
print(it.next(5).value);
obj._p = 50;
print(it.next(3).value);
print(it.next(4).value);
print(it.next("b").value);
print(it.next("c").done);
print(log.join(", "));
