// Issue 11, item 2 siblings: a class declaration's outer binding can be reassigned, while its
// body sees the class's own immutable binding (assigning it there is a TypeError). In a block
// a yield takes apart the class becomes a renamed local (a cell when closures see it), which
// gave it the local's name ("_C") and, for cells, let its body read the reassigned outer
// binding.
function* g() {
  {
    class C {
      m() { return C; }
      static kind() { return typeof C; }
    }
    const D = C;
    yield [C.name, D.prototype.m() === D].join(" ");
    C = 5;
    yield [D.prototype.m() === D, D.kind(), C].join(" ");
    (() => C)();
  }
  {
    class E {
      m() {
        try {
          E = 1;
        } catch (e) {
          return e.constructor.name;
        }
        return "assigned";
      }
    }
    yield new E().m() + " " + E.name;
    (() => E)();
  }
  class F extends Object {
    static who() { return F.name; }
  }
  const G = F;
  F = null;
  yield G.who() + " " + F;
  (() => F)();
  let H = class Inner {
    static who() { return Inner.name; }
  };
  const I = H;
  H = 0;
  yield I.who() + " " + I.name;
  (() => H)();
}
for (const v of g()) print(v);
