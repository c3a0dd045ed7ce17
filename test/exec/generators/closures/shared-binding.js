// A closure and the generator body share a binding across suspensions: a write on either side
// is seen by the other, whichever side writes while the other is suspended.
function* gen() {
  let shared = "initial";
  const read = () => shared;
  const write = (v) => { shared = v; };
  yield { read, write };
  print("body sees", shared);
  shared = "written by body";
  yield "body wrote";
  print("body sees", shared);
  yield "end";
}
const it = gen();
const { read, write } = it.next().value;
write("written by closure");
it.next();
print("closure sees", read());
write("second closure write");
it.next();
print("closure sees at end", read());
