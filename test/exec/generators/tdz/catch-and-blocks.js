// Block-scoped declarations of a catch body and of nested blocks around suspensions.
function* gen(n) {
  try {
    yield 1;
    throw new Error("boom");
  } catch (err) {
    try { print(q); } catch (e) { print("catch body:", e.constructor.name); }
    let q = err.message;
    print(q);
  }
  {
    const later = () => z;
    if (n) {
      try { later(); } catch (e) { print("block:", e.constructor.name); }
    }
    yield 2;
    let z = "z";
    print(later());
  }
}
print([...gen(1)].join());
