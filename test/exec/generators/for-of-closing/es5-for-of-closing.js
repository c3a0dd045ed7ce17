// @es5
// ES5 syntax (plus generators and for-of, which is ES2015 but what a generator body loops
// with): break out of a for-of over a generator closes it.
function* numbers() {
  try {
    var i = 0;
    while (true) yield i++;
  } finally {
    print("numbers closed at", i);
  }
}
function* firstN(n) {
  var count = 0;
  for (var x of numbers()) {
    if (count++ >= n) break;
    yield x;
  }
  return count;
}
var it = firstN(2);
var r = it.next();
while (!r.done) {
  print("got", r.value);
  r = it.next();
}
print("returned", r.value);
