// Issue 11, item 2 siblings: a function declaration that shares its name with a parameter, a
// `var` or another function declaration is, for Babel, a write to that binding, and prepare
// hoisted only a binding's own declaration: lowering stopped with "internal: function
// declaration left by prepare". All of them are made at the scope's start, the last one
// winning, and a later `var` initializer still overwrites them where it stands.
function* redeclaresVar() {
  yield typeof f;
  var f = 1;
  yield typeof f;
  function f() {}
  yield typeof f;
}
print([...redeclaresVar()].join(","));

function* twice() {
  yield f();
  function f() {
    return 1;
  }
  yield f();
  function f() {
    return 2;
  }
}
print([...twice()].join(","));

function* redeclaresParam(f, g) {
  yield typeof f + " " + typeof g;
  function f() {
    f = "reassigned by itself";
  }
  f();
  yield f;
  (() => f)();
}
print([...redeclaresParam(1, 2)].join(","));

async function asyncRedeclares(h = 1, k) {
  await null;
  print(typeof h, typeof k);
  function k() {
    k = "re";
  }
  k();
  print(k);
  (() => h)();
}
asyncRedeclares();

function* inBlock() {
  {
    yield f();
    function f() {
      return "first";
    }
    function f() {
      return "second";
    }
    const read = () => f();
    yield read();
  }
  yield f();
}
print([...inBlock()].join(","));
