// next/throw/return on a suspended generator: values flow in, throw resumes as an exception at
// the yield, return resumes as a return (finally runs, the return value is kept).
function* gen() {
  let received = [];
  try {
    while (true) {
      try {
        received.push(yield received.length);
      } catch (e) {
        received.push("caught " + e);
      }
    }
  } finally {
    print("finally saw", received.join("|"));
  }
}
const it = gen();
print(JSON.stringify(it.next()));
print(JSON.stringify(it.next("a")));
print(JSON.stringify(it.throw("b")));
print(JSON.stringify(it.next()));
print(JSON.stringify(it.return("bye")));
print(JSON.stringify(it.return("again")));
print(JSON.stringify(it.next()));
