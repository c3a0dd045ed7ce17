// @refuse with
// `with` inside a generator makes every name lookup dynamic: refused.
function* gen(scope) {
  with (scope) {
    yield value;
  }
}
print([...gen({ value: "from scope" })].join(","));
