// it.throw() at a yield inside try is caught there; outside any try it propagates and
// completes the generator; thrown non-error values pass through unchanged.
function* gen() {
  for (let round = 0; ; round++) {
    try {
      yield "round " + round;
    } catch (e) {
      print("caught", typeof e === "object" ? e.message : e);
      if (e === "stop") break;
    }
  }
  yield "outside try";
  print("not reached");
}
const it = gen();
print(it.next().value);
print(it.throw(new Error("one")).value);
print(it.throw(42).value);
print(it.throw("stop").value);
try {
  it.throw({ message: "object" });
} catch (e) {
  print("escaped", e.message);
}
print(JSON.stringify(it.next()));
