// `await` inside `finally`, after normal completion, after a throw and after a return.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function normal() {
  try {
    print("normal try");
  } finally {
    await null;
    print("normal finally resumed");
  }
  return "normal";
}
async function throwing() {
  try {
    throw new Error("boom");
  } finally {
    await null;
    print("throwing finally resumed");
  }
}
async function returning() {
  try {
    return "from try";
  } finally {
    await Promise.resolve();
    print("returning finally resumed");
  }
}
ticker(6);
normal().then((v) => print("normal resolved " + v));
throwing().catch((e) => print("throwing rejected " + e.message));
returning().then((v) => print("returning resolved " + v));
print("sync end");
