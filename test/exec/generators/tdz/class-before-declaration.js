// A class declaration is uninitialised until it runs: `new C()` before it throws, also from a
// closure; inside its body the class sees itself (its inner name) at once.
function* gen() {
  try { new C(); } catch (e) { print("new before:", e.constructor.name); }
  yield 1;
  class C {
    static self = C.name;
    static make() { return new C(); }
    m() { return C; }
  }
  print(C.self, C.make() instanceof C, new C().m() === C);
  const make = () => new D();
  try { make(); } catch (e) { print("closure before:", e.constructor.name); }
  yield 2;
  class D extends C {}
  print(make() instanceof C);
  yield 3;
}
print([...gen()].join());
