// Found while reviewing the cell rule (not by the fuzzer, whose grammar has no function
// declarations): a function declaration reading a local declared after it. prepare removed
// hoisted declarations while it was still deciding which locals closures capture, so a
// reference inside an already-removed declaration looked like the generator's own; the local
// got no cell and the function kept reading the step function's variable of the first run.
function* g(flag) {
  function read() {
    return later + "/" + counter;
  }
  yield read.length;
  const later = flag ? "set" : "unset";
  let counter = 1;
  yield read();
  counter++;
  yield read();
}
print(JSON.stringify([...g(true)]));
print(JSON.stringify([...g(false)]));

async function a() {
  function read() {
    return value;
  }
  await null;
  const value = "after await";
  await null;
  return read();
}
a().then(print);
