// A rejection nobody handles is reported once (the harness records it); handled ones,
// including one caught by an awaiting caller, are not.
async function fails(msg) {
  await null;
  throw new Error(msg);
}
fails("unhandled");
fails("handled").catch((e) => print("handled " + e.message));
async function rethrows() {
  try {
    await fails("inner");
  } catch (e) {
    print("caught " + e.message);
  }
  return "recovered";
}
rethrows().then((v) => print(v));
print("sync end");
