// Everything before the first await runs synchronously inside the call, including nested
// async calls made before it; code after the call runs before anything after an await.
const log = [];
async function inner(tag) {
  log.push(tag + " inner sync");
  await null;
  log.push(tag + " inner resumed");
}
async function outer() {
  log.push("outer sync 1");
  inner("a");
  log.push("outer sync 2");
  const pending = inner("b");
  log.push("outer sync 3");
  await pending;
  log.push("outer resumed");
}
const p = outer();
log.push("caller after call");
print(log.join("; "));
p.then(() => print(log.join("; ")));
