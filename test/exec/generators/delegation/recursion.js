// Recursion through yield*: in-order tree traversal and a recursive flatten, each level a
// separate generator instance with its own locals.
function* walk(node, depth) {
  if (!node) return 0;
  const left = yield* walk(node.left, depth + 1);
  yield node.value + "@" + depth;
  const right = yield* walk(node.right, depth + 1);
  return left + right + 1;
}
const tree = {
  value: "d",
  left: { value: "b", left: { value: "a" }, right: { value: "c" } },
  right: { value: "f", left: { value: "e" } },
};
const it = walk(tree, 0);
let r = it.next();
const seen = [];
while (!r.done) {
  seen.push(r.value);
  r = it.next();
}
print(seen.join(" "), "count", r.value);
function* flatten(xs) {
  for (const x of xs) {
    if (Array.isArray(x)) yield* flatten(x);
    else yield x;
  }
}
print([...flatten([1, [2, [3, [4]], 5], [[6]]])].join(","));
