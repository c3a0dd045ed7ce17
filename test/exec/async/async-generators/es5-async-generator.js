// @es5
// ES5 input plus an async generator: queued next() calls, a yielded promise, return() with
// a finally that awaits.
async function* count(limit) {
  try {
    for (var i = 0; i < limit; i++) {
      var sent = yield Promise.resolve(i);
      print("sent " + sent);
    }
  } finally {
    await null;
    print("finally");
  }
}
var g = count(5);
function show(label) {
  return function (r) {
    print(label + " " + r.value + " " + r.done);
  };
}
g.next("ignored").then(show("first"));
g.next("A").then(show("second"));
g.return("stop").then(show("return"));
g.next().then(show("after"));
