// return() on the outer generator is forwarded: the inner finally runs (and may yield, which
// the outer yields too), then the outer finally runs, and the value comes out at the end.
function* inner() {
  try {
    yield "inner body";
  } finally {
    print("inner finally");
    yield "inner finally yield";
  }
}
function* outer() {
  try {
    yield* inner();
    print("outer continues: the forwarded return became a normal completion of yield*");
  } finally {
    print("outer finally");
  }
}
const it = outer();
print(JSON.stringify(it.next()));
print(JSON.stringify(it.return("R")));
print(JSON.stringify(it.next()));
print(JSON.stringify(it.next()));
