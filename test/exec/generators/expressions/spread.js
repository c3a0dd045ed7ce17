// Spread in calls, arrays and object literals around yields: elements before the yield are
// taken before suspending (later mutations of the source array are not seen), those after
// are taken after resuming.
const log = [];
function f(...args) { return args.join(","); }
const before = [1, 2];
const after = [8, 9];
const src = { get k() { log.push("get k"); return "K"; } };
function* gen() {
  print("call", f(...before, yield "call", ...after));
  print("array", [...before, yield "array", ...after].join(","));
  const o = { ...src, mid: yield "object", ...{ z: 26 } };
  print("object", o);
  print("spread of yield", [...(yield "iterable")].join(","));
}
const it = gen();
print(it.next().value);
before.push(3);
after.push(10);
print(it.next("Y").value);
print(it.next("Z").value);
print(it.next("M").value);
print(it.next("abc").done);
print(log.join(","));
