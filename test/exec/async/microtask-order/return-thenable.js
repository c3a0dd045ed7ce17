// `return thenable` calls its `then` in a later job; a rejecting thenable rejects the result.
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => print("tick " + i));
}
async function good() {
  await null;
  print("good returning");
  return { then(res) { print("good then called"); res("good value"); } };
}
async function bad() {
  print("bad returning");
  return { then(res, rej) { print("bad then called"); rej(new Error("bad value")); } };
}
ticker(7);
good().then((v) => print("good resolved " + v));
bad().then(null, (e) => print("bad rejected " + e.constructor.name + ": " + e.message));
print("sync end");
