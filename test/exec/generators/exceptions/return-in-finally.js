// A `return` in finally overrides a return, a throw, and a `.return()` from outside; a
// `break` out of finally in a loop cancels the pending completion.
function* overrideReturn() {
  try {
    yield "a";
    return "from try";
  } finally {
    yield "in finally";
    return "from finally";
  }
}
function* overrideThrow() {
  try {
    yield "b";
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
function* overrideOutsideReturn() {
  try {
    yield "c";
  } finally {
    return "finally beats .return()";
  }
}
function* breakCancels() {
  for (let i = 0; i < 2; i++) {
    try {
      yield "loop " + i;
      return "cancelled return";
    } finally {
      if (i === 0) continue;
      break;
    }
  }
  return "after loop";
}
function drain(label, it, first) {
  let r = first ? first(it) : it.next();
  while (!r.done) {
    print(label, "yielded", r.value);
    r = it.next();
  }
  print(label, "result", r.value);
}
drain("override return", overrideReturn());
drain("override throw", overrideThrow());
const o = overrideOutsideReturn();
o.next();
print("return()", JSON.stringify(o.return("outside")));
print("then", JSON.stringify(o.next()));
drain("break cancels", breakCancels());
