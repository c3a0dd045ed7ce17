// A generator closed by return() or throw() while suspended inside a for-of closes the loop's
// iterator; with nested loops both are closed, innermost first.
const log = [];
function tracked(name) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { i++; return { value: name + i, done: i > 5 }; },
        return(v) { log.push("close " + name + " args " + arguments.length); return { done: true }; },
      };
    },
  };
}
function* gen() {
  for (const a of tracked("outer")) {
    for (const b of tracked("inner")) {
      yield a + "/" + b;
    }
  }
}
const g1 = gen();
print(g1.next().value);
print(JSON.stringify(g1.return("stop")));
print("after return", log.splice(0).join(","));
const g2 = gen();
g2.next();
g2.next();
try {
  g2.throw(new Error("stop"));
} catch (e) {
  print("throw escaped", e.message);
}
print("after throw", log.splice(0).join(","));
print(JSON.stringify(g2.next()));
