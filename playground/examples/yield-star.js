// yield*: walking a tree by delegating to a generator per subtree; values sent with next()
// and the delegate's return value pass through yield* unchanged.
function* walk(tree, depth) {
  yield "  ".repeat(depth) + tree.name;
  for (const child of tree.children || []) {
    yield* walk(child, depth + 1);
  }
  return depth;
}

const tree = { name: "root", children: [{ name: "a", children: [{ name: "a1" }] }, { name: "b" }] };
for (const line of walk(tree, 0)) console.log(line);

function* inner() {
  const got = yield "inner asks";
  return "inner got " + got;
}
function* outer() {
  const result = yield* inner();
  yield result;
}
const o = outer();
console.log(o.next().value);
console.log(o.next(42).value);
