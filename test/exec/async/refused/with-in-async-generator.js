// @refuse with
// `with` inside an async generator is refused.
async function* gen(scope) {
  with (scope) {
    yield value;
    yield value + 1;
  }
}
const g = gen({ value: 10 });
g.next().then((r) => print("value " + r.value));
