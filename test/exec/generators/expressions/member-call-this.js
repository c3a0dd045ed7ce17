// A method call whose arguments yield keeps the receiver it read before the yield, even if
// the variable holding the receiver is reassigned while the generator is suspended.
var log = [];
var a = { name: "a", m: function (x, y) { log.push("m on " + this.name); return this.name + x + y; } };
var b = { name: "b", m: function (x, y) { log.push("m on " + this.name); return "wrong"; } };
var target = a;
function* gen() {
  var r1 = target.m(1, yield "arg");
  print("r1", r1);
  var r2 = target["m"](yield "computed", 2);
  print("r2", r2);
  var r3 = (yield "receiver").m(3, 4);
  print("r3", r3);
}
var it = gen();
print(it.next().value);
target = b;
print(it.next("x").value);
target = a;
print(it.next("y").value);
print(it.next(a).done);
print(log.join(";"));
