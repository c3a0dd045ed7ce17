// `while` with a yield in the condition, and `do-while` whose condition yields: the body runs
// before the first condition, and the condition's yield happens once per iteration.
function* gen() {
  let n = 0;
  while (yield "while? " + n) n++;
  print("while ran", n);
  let m = 0;
  do {
    m++;
    print("do body", m);
  } while (yield "do? " + m);
  print("do ran", m);
  let k = 0;
  do k += yield "body"; while (k < 3);
  print("k", k);
}
const answers = [true, true, false, true, true, false, 1, 1, 1];
const it = gen();
let r = it.next();
let i = 0;
while (!r.done) {
  print("yielded", r.value);
  r = it.next(answers[i++]);
}
