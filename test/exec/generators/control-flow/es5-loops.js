// @es5
// ES5 input: for, for-in, while, do-while and a switch with yields, var-scoped counters.
var gen = function* (obj) {
  var total = 0;
  for (var i = 0; i < 3; i++) {
    total += yield i;
  }
  for (var k in obj) {
    total += obj[k] * (yield k);
  }
  while (total < 100) {
    total += yield "grow " + total;
  }
  var d = 0;
  do {
    d++;
  } while ((yield "d " + d) !== "stop");
  switch (total % 2) {
    case 0:
      yield "even";
      break;
    default:
      yield "odd";
  }
  return total + ":" + d;
};
var it = gen({ a: 1, b: 2 });
var r = it.next();
var n = 0;
while (!r.done) {
  print("yielded", r.value);
  n++;
  r = it.next(r.value === "d 3" ? "stop" : n * 2);
}
print("returned", r.value);
