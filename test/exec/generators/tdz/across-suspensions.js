// The binding's state survives across suspensions, in its slot: a generator suspended
// before a declaration still throws on resume, and one suspended after it reads the value.
function* gen() {
  const probe = () => { try { return "value " + v; } catch (e) { return e.constructor.name; } };
  yield probe();
  yield probe();
  let v = yield "declaring";
  yield probe();
  for (let i = 0; i < 2; i++) {
    yield i === 0 ? "before w" : w;
    var w = "w is a var";
  }
}
const it = gen();
print(it.next().value, it.next().value, it.next().value, it.next("sent").value);
print(it.next().value, it.next().value, it.next().done);
