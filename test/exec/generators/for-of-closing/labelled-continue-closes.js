// `continue outer` and `break outer` from an inner for-of close the inner iterator; a return()
// of the generator from inside a finally-guarded loop closes and runs finally in order.
const log = [];
function tracked(name, n) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { i++; return { value: i, done: i > n }; },
        return() { log.push("close " + name); return {}; },
      };
    },
  };
}
function* gen() {
  outer: for (const a of tracked("A", 3)) {
    for (const b of tracked("B" + a, 3)) {
      const cmd = yield a + "," + b;
      if (cmd === "continue") continue outer;
      if (cmd === "break") break outer;
    }
  }
  try {
    for (const c of tracked("C", 3)) {
      try {
        yield "c" + c;
      } finally {
        log.push("finally inner");
      }
    }
  } finally {
    log.push("finally outer");
  }
}
const it = gen();
const cmds = ["", "continue", "continue", "", "break"];
let r = it.next();
let i = 0;
while (!r.done && i < cmds.length) {
  print("yielded", r.value);
  r = it.next(cmds[i++]);
}
print("yielded", r.value);
print(JSON.stringify(it.return("stop")));
print(log.join(", "));
