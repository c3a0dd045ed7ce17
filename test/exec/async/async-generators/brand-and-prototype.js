// The async generator object: its toString tag, Symbol.asyncIterator returning itself, no
// own enumerable keys (reflection on all own keys: own-properties.js), next() returns a promise, calling the function does not run the body.
async function* a() {}
async function* b() {
  yield 1;
}
const ga = a();
const gb = b();
print("toString " + Object.prototype.toString.call(ga));
print("asyncIterator returns itself " + (ga[Symbol.asyncIterator]() === ga));
print("own keys " + Object.keys(ga).length);
print("no own next " + !Object.prototype.hasOwnProperty.call(ga, "next"));
print("not sync iterable " + typeof ga[Symbol.iterator]);
print("next returns a promise " + (ga.next() instanceof Promise));
async function* c() {
  print("c body runs");
}
const gen3 = c();
print("before first next");
gen3.next().then((r) => print("c done " + r.done));
