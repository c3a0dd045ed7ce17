// `if` with yields in the condition and in both branches, including else-if chains.
function* gen(n) {
  if (yield "cond " + n) {
    print("then", yield "then");
  } else if ((yield "elseif") > 1) {
    print("elseif branch");
    yield "inside elseif";
  } else {
    print("else", yield "else");
  }
  return "end " + n;
}
const plans = [[true, "T"], [false, 5, undefined], [false, 0, "E"]];
plans.forEach((answers, n) => {
  const it = gen(n);
  let r = it.next();
  let i = 0;
  while (!r.done) {
    print("yielded", r.value);
    r = it.next(answers[i++]);
  }
  print("returned", r.value);
});
