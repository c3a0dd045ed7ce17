// Closures created before a yield and called after it, a var captured by several closures and
// counters that keep counting across many suspensions.
function* gen() {
  var count = 0;
  function inc() { return ++count; }
  const dec = () => --count;
  while (true) {
    const cmd = yield count;
    if (cmd === "inc") inc();
    else if (cmd === "dec") dec();
    else if (cmd === "stop") return "final " + count;
  }
}
const it = gen();
const out = [it.next().value];
for (const cmd of ["inc", "inc", "dec", "inc", "noop"]) out.push(it.next(cmd).value);
out.push(it.next("stop").value);
print(out.join(","));
