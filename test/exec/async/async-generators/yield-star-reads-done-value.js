// `yield*` reads the final result's `value` (IteratorValue) even where its result is unused,
// so a throwing getter there rejects the generator (test262 yield-star-next-call-value-get-abrupt).
function source(label, asyncIter) {
  var obj = {};
  var make = function () {
    return {
      next: function () {
        var result = {
          done: true,
          get value() {
            print(label, "get value");
            throw new RangeError(label);
          },
        };
        return asyncIter ? Promise.resolve(result) : result;
      },
    };
  };
  if (asyncIter) obj[Symbol.asyncIterator] = make;
  else obj[Symbol.iterator] = make;
  return obj;
}
async function* discardAsync(src) {
  yield* src;
  print("not reached");
}
function* discardSync(src) {
  yield* src;
  print("not reached");
}
try {
  discardSync(source("sync", false)).next();
} catch (e) {
  print("sync threw", e.constructor.name, e.message);
}
var g = discardAsync(source("async", true));
g.next().then(function () { print("fulfilled (wrong)"); }, function (e) {
  print("async rejected", e.constructor.name, e.message);
  return g.next().then(function (r) { print("then done", r.done, r.value); });
}).then(function () {
  var h = discardAsync(source("from sync", false));
  return h.next().then(function () { print("fulfilled (wrong)"); }, function (e) { print("from sync rejected", e.constructor.name, e.message); });
});
