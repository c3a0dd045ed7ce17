// A closure and the async body share one binding: writes on either side across awaits are
// seen by the other.
async function f() {
  let shared = 1;
  const read = () => shared;
  const write = (v) => {
    shared = v;
  };
  await null;
  print("closure reads " + read());
  shared = 2;
  await null;
  print("closure reads after body write " + read());
  write(3);
  await null;
  print("body reads after closure write " + shared);
  setLater(() => write(4));
  await null;
  await null;
  print("body reads after a later closure write " + shared);
  return read;
}
let later;
function setLater(fn) {
  later = fn;
  Promise.resolve().then(() => later());
}
f().then((read) => print("closure after completion " + read()));
