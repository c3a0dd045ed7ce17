// Fuzzer finding: a `let` in a block with no suspension that shadows a local of the same name
// was turned into an assignment to the outer local.
function* g0(p0, p1) {
  let a = p0, b = p1, c = 3;
  try {
    let b = 0;
    print("inner b", b);
  } finally {
    print("f0");
    for (let i1 = 0; i1 < 1; i1++) print("s2", b);
  }
  yield a + b + c;
  {
    const a = "shadow";
    print(a);
  }
  yield a;
}
print([...g0(1, 2)].join(","));
