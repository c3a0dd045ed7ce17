// Destructured parameters are unpacked at call time: getters run at the call, destructuring
// null is a TypeError at the call, and nested defaults run then too.
const log = [];
const arg = {
  get x() { log.push("get x"); return 1; },
  get nested() { log.push("get nested"); return { y: undefined }; },
};
function* gen({ x, nested: { y = (log.push("default y"), 2) } }, [p, ...q] = ["p0", "q0"]) {
  log.push("body");
  yield x + y;
  yield p + q.join("");
}
const it = gen(arg);
log.push("after call");
print([...it].join(","));
print(log.join(", "));
try {
  gen(null);
} catch (e) {
  print("null argument", e.constructor.name);
}
try {
  gen({ nested: {} }, 5);
} catch (e) {
  print("non-iterable", e.constructor.name);
}
