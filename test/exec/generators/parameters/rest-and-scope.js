// Rest parameters, parameter closures (a default that captures another parameter sees the
// parameter binding, not a body var of the same name), and parameters reassigned in the body.
function* gen(a, getA = () => a, ...rest) {
  var a;
  yield a + " " + getA();
  a = "body write";
  yield a + " " + getA();
  yield rest.length + ":" + rest.join("");
}
print([...gen("param", undefined, "r", "s")].join(" | "));
function* counter(n) {
  while (n > 0) yield n--;
  yield "n is " + n;
}
print([...counter(3)].join(","));
