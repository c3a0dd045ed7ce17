// The target of an assignment is evaluated before its right-hand side yields: the object and
// the computed key are fixed even if the variables change while suspended.
const log = [];
function key(k) { log.push("key " + k); return k; }
let holder = { name: "first" };
const first = holder;
function* gen() {
  holder.value = yield "dot";
  holder[key("x")] = yield "computed";
  [holder.a, holder.b] = [yield "array a", yield "array b"];
}
const it = gen();
print(it.next().value);
holder = { name: "second" };
print(it.next(1).value);
print(it.next(2).value);
print(it.next(3).value);
print(it.next(4).done);
print("first", first);
print("holder", holder);
print(log.join(","));
