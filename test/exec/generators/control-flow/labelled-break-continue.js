// Labelled break and continue through nested loops, with yields at each level and a labelled
// block.
function* gen() {
  outer: for (let i = 0; i < 3; i++) {
    inner: for (let j = 0; j < 3; j++) {
      const cmd = yield `${i},${j}`;
      if (cmd === "continue outer") continue outer;
      if (cmd === "break outer") break outer;
      if (cmd === "break inner") break inner;
      if (cmd === "continue inner") continue inner;
      print("end of inner body", i, j);
    }
    print("end of outer body", i);
  }
  block: {
    if (yield "block") break block;
    print("not skipped");
  }
  let w = 0;
  loop: while (true) {
    do {
      w++;
      if ((yield "w" + w) === "stop") break loop;
      continue loop;
    } while (false);
  }
  print("w", w);
}
const answers = ["", "continue inner", "continue outer", "break inner", "", "break outer", true, "", "", "stop"];
const it = gen();
let r = it.next();
let i = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next(answers[i++]);
}
