// Fuzzer finding: an async function whose parameters are evaluated inside the machine (it
// has a default) and whose body captures a parameter in a closure saw the parameter as
// undefined, or threw a TypeError when a default read another parameter.
async function af0(p0, p1 = 0) {
  const fns = [];
  fns.push(() => p0);
  throw new Error("t0 " + p0 + " " + fns[0]());
}
async function af1(p0, p1 = p0) {
  const fns = [() => p0];
  await 1;
  p0 = 5;
  print("af1", fns[0](), p1);
}
af0(7).catch((e) => print("rejected", e.message));
af1(3);
