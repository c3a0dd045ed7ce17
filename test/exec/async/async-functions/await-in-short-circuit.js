// await on the right of &&, ||, ??, in logical assignment and optional chains is only
// evaluated when needed.
async function side(name, v) {
  print("evaluated " + name);
  await null;
  return v;
}
async function f() {
  print("and " + (false && (await side("and-skipped", 1))));
  print("and " + (true && (await side("and-taken", 2))));
  print("or " + ("set" || (await side("or-skipped", 3))));
  print("or " + (0 || (await side("or-taken", 4))));
  print("nullish " + (0 ?? (await side("nullish-skipped", 5))));
  print("nullish " + (null ?? (await side("nullish-taken", 6))));
  let a = 1, b = 0, c = null;
  a &&= await side("&&=", "A");
  b ||= await side("||=", "B");
  c ??= await side("??=", "C");
  a ||= await side("||= skipped", "X");
  print("a=" + a + " b=" + b + " c=" + c);
  const o = null;
  print("optional " + o?.[await side("optional-skipped", "k")]);
  const p = { k: "value", fn(x) { return "called " + x; } };
  print("optional " + p?.[await side("optional-taken", "k")]);
  print("optional call " + p.fn?.(await side("arg", 7)));
  print("optional call " + p.missing?.(await side("arg-skipped", 8)));
}
f();
