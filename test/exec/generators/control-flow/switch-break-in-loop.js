// `break` inside a switch leaves only the switch; `continue` inside it continues the loop.
function* gen() {
  for (let i = 0; i < 5; i++) {
    switch (i % 3) {
      case 0:
        yield "zero " + i;
        break;
      case 1:
        if (yield "one " + i) continue;
        print("one not continued", i);
      default:
        yield "default " + i;
    }
    print("after switch", i);
  }
}
const it = gen();
let r = it.next();
while (!r.done) {
  print("yielded", r.value);
  r = it.next(r.value === "one 4");
}
