// @refuse eval
// Direct eval in an async arrow (nested in a plain function) is refused too.
function outer() {
  const run = async (code) => {
    const x = 1;
    await null;
    return eval(code);
  };
  return run("x + 1");
}
outer().then((v) => print("result " + v));
