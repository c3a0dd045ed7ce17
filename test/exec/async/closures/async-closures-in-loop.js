// Async closures created per iteration run concurrently and each keeps its own binding
// while the enclosing async function also awaits.
async function main() {
  const tasks = [];
  for (let i = 0; i < 3; i++) {
    let label = "task" + i;
    tasks.push(
      (async () => {
        await null;
        label += "!";
        await null;
        return label + " i=" + i;
      })()
    );
    await null;
    label += "?";
  }
  print((await Promise.all(tasks)).join(", "));
}
main();
