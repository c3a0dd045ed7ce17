// Fuzzer finding: a labelled loop without a suspension in a generator lost its label, and the
// `continue L0` inside crashed the lowering ("jump target not found").
function* g0() {
  L0: for (let i0 = 0; i0 < 3; i0++) {
    for (let j = 0; j < 3; j++) {
      if (j === 1) continue L0;
      print("i", i0, "j", j);
    }
  }
  yield "after";
}
print([...g0()].join(","));
