// `return` inside try with a finally that awaits: the value is kept across the finally's
// awaits; a finally that returns or throws overrides it.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function keeps() {
  let x = "first";
  try {
    return x;
  } finally {
    x = "changed";
    await null;
    await null;
    print("keeps finally done, x is " + x);
  }
}
async function overrides() {
  try {
    return "from try";
  } finally {
    await null;
    return "from finally";
  }
}
async function throwsOver() {
  try {
    return "from try";
  } finally {
    await null;
    throw new Error("from finally");
  }
}
async function nested() {
  try {
    try {
      return "inner";
    } finally {
      await null;
      print("nested inner finally");
    }
  } finally {
    await null;
    print("nested outer finally");
  }
}
ticker(5);
keeps().then((v) => print("keeps " + v));
overrides().then((v) => print("overrides " + v));
throwsOver().catch((e) => print("throwsOver " + e.message));
nested().then((v) => print("nested " + v));
