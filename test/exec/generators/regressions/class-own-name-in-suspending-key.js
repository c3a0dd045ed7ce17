// A class's heritage and computed keys are evaluated inside the class's scope, where its own
// name is bound but uninitialised: reading it there throws a ReferenceError (`typeof` too).
// The lowering evaluates a suspending heritage or key outside the class (held across the
// suspension, or handed to the class's cell wrapper): the read must still throw, for class
// declarations and named class expressions, with or without captured locals.
function* ownName() {
  let v = 1;
  const tries = [
    function* () { class C { [(yield "a", typeof C)]() {} } },
    function* () { class C { [(yield "b", typeof C)]() { return v; } } },
    function* () { const D = class E { static [(yield "c", E)] = 1; }; },
    function* () { const D = class E extends (yield "d", E) { m() { return v; } }; },
    function* () { class C extends (yield "e", Object) { [C.name]() { return v; } } },
  ];
  for (const t of tries) {
    const it = t();
    try {
      it.next();
      it.next();
      yield "no error";
    } catch (e) {
      yield e.constructor.name;
    }
  }
  v = 2;
}
for (const line of ownName()) print(line);

// A closure made in the key, called later, sees the class natively; the lowering would lose it,
// and refuses (see refused/closure-over-class-name-in-suspending-key.js).
