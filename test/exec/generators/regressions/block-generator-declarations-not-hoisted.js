// Annex B hoists only plain function declarations out of a sloppy block: generator, async and
// async generator declarations stay block-scoped (a lowered one is a plain function declaration
// and must not become a var of the enclosing function or script).
var g = "outer g";
{
  function* g() { yield 1; }
  print("inside:", typeof g, g().next().value, g.name);
}
print("after block:", g);

switch (1) {
  case 0:
    function* h() {}
  case 1:
    print("case sees h before its case runs:", typeof h, h.name);
}
print("after switch:", typeof h);

function f() {
  print("before block:", typeof inner, typeof innerAsync);
  if (true) {
    function* inner() { return 2; }
    async function innerAsync() {}
    async function* innerAsyncGen() {}
    print("in block:", typeof inner, inner().next().value, typeof innerAsync, typeof innerAsyncGen);
  }
  print("after block:", typeof inner, typeof innerAsync, typeof innerAsyncGen);
  var r = [];
  for (var i = 0; i < 2; i++) {
    function* each() { yield i; }
    r.push(each);
  }
  print("loop bodies make distinct functions:", r[0] !== r[1], typeof each);
  lbl: {
    function* labelled() {}
    break lbl;
  }
  print("labelled block:", typeof labelled);
  function plainInBlockStillHoisted() {}
  {
    function plain() { return "plain"; }
  }
  print("plain is hoisted:", plain());
}
f();

// A discriminant that names the declaration sees the outer binding.
var k = 1;
switch (k) {
  case 1:
    print("k in case:", typeof k);
    function* k() {}
}
print("k after:", k);
