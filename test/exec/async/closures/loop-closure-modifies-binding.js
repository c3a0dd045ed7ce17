// A closure that increments the loop variable of its own iteration: the next iteration
// starts from the modified value (the binding is copied at the end of each iteration).
async function f() {
  const log = [];
  for (let i = 0; i < 6; i++) {
    const skip = () => {
      i++;
    };
    await null;
    log.push(i);
    if (i % 2 === 0) skip();
    await null;
  }
  print("visited " + log.join(","));
}
f();
