// @es5
// ES5 input: the whole protocol driven by hand.
function* counter(start) {
  var n = start;
  try {
    while (true) {
      var cmd = yield n;
      if (cmd === "reset") n = start;
      else n++;
    }
  } catch (e) {
    yield "caught " + e;
  } finally {
    print("cleanup at", n);
  }
}
var c = counter(5);
function show(r) { print(r.value, r.done); }
show(c.next());
show(c.next());
show(c.next("reset"));
show(c.next());
show(c.throw("oops"));
show(c.next());
show(c.next());
var d = counter(0);
show(d.next());
show(d.return("early"));
show(d.next());
