// Issue 11, item 2 sibling: Annex B.3.3 (sloppy mode). A plain function declared in a block is
// also a `var` of the enclosing function, set to the block's function when the declaration is
// evaluated, unless a parameter or a lexical declaration of the name would clash. The lowering
// dropped the `var` for blocks a yield takes apart (reading it threw "f is not defined"), lost
// it at the next resume for blocks left native (the copy landed in the step function's scope),
// and let a native block's function overwrite a parameter or `let` of its name.
function* decomposed() {
  print("before", typeof f);
  {
    print("in block", typeof f);
    yield 1;
    function f() { return "block f"; }
  }
  print("after", typeof f, f());
  yield 2;
  print("after resume", typeof f, f.name);
}
for (const v of decomposed()) print("yield", v);

function* native() {
  { function h() { return "h"; } }
  yield 1;
  print("native block", typeof h, h());
}
for (const v of native()) print("yield", v);

function* existingVar() {
  var k = "var k";
  print(k);
  { yield 1; function k() {} }
  print(typeof k, k.name);
  { function k() { return 2; } }
  yield 2;
  print(typeof k, k());
}
for (const v of existingVar()) print("yield", v);

function* existingFunction() {
  function m() { return "outer m"; }
  print(m(), m.name);
  { function m() { return "inner m"; } yield 1; }
  print(m(), m.name);
}
for (const v of existingFunction()) print("yield", v);

function* blocked(p) {
  let q = "let q";
  { function q() {} yield 1; }
  print(q);
  { function p() {} }
  print(p);
  { let r = 1; { function r() {} } print(typeof r); }
  print(typeof r);
  try { throw 1; } catch (s) { { function s() {} } print(typeof s); }
  print(typeof s);
}
for (const v of blocked("param p")) print("yield", v);

function* reassigned() {
  { function n() { return 1; } n = 5; print(n); yield 1; }
  print(typeof n);
  const get = () => typeof n;
  if (true) { function n() {} }
  print(get());
  switch (1) { case 1: function sw() { return "sw"; } yield 2; }
  print(typeof sw);
}
for (const v of reassigned()) print("yield", v);

async function asyncOne() {
  { function af() { return "af"; } await null; }
  print(typeof af, af());
}
asyncOne();
var named = function* named2() { { function named2() {} } yield typeof named2; };
print(named().next().value);
function* clash(a) {
  let b = "let b";
  const c = "const c";
  { function a() {} function b() {} function c() {} }
  print(a, b, c);
  yield 1;
  print(a, b, c);
}
for (const v of clash("param a")) print("yield", v);
