// Issue 11, item 2: a nested function declaration that a closure reassigns (here itself)
// lives in a cell. The cell was made twice (once at entry, once with the function, which was
// handed the first), references outside the function never went through the cell, and the
// hoisted expression's own name shadowed the cell inside the function: calling it threw
// "_toBeRebound is not a function" where natively it yields 42.
function* parent() {
  function toBeRebound() {
    toBeRebound = 42;
  }
  print(typeof toBeRebound, toBeRebound.name);
  toBeRebound();
  yield toBeRebound;
  print(typeof toBeRebound);
}
for (const v of parent()) print("yielded", v);

// Called again after a resume, and reassigned again from outside: one binding throughout.
function* counter() {
  function next() {
    const previous = next;
    next = function () {
      return "replaced";
    };
    return previous === next ? "same" : "changed";
  }
  yield next();
  yield next();
  next = () => "from the body";
  yield next();
}
print([...counter()].join(" "));

// Each call of the generator has its own binding.
function* twice(tag) {
  function f() {
    f = tag;
  }
  yield typeof f;
  f();
  yield f;
}
const a = twice("a");
const b = twice("b");
print(a.next().value, b.next().value, a.next().value, b.next().value);
