// A sloppy generator function has no own `caller` or `arguments` (every sloppy ES5 function
// has both): its lowered wrapper is strict wherever its body can stay sloppy. Reading
// `caller` throws (the inherited accessor refuses a strict function), and the body keeps
// sloppy semantics: `this` of a bare call is the global object, a primitive one is boxed,
// an assignment to an undeclared name makes a global, and the name of a function expression
// refers to it. (Bodies that use `arguments`, or a generator's non-simple parameter list, keep
// a sloppy wrapper: see no-caller-arguments-kept-sloppy.js.)
function own(f) {
  return [f.hasOwnProperty("caller"), f.hasOwnProperty("arguments")].join("/");
}
function* declared(a, b) {
  yield a + b;
  yield this === globalThis;
  yield typeof this;
}
print("declaration", own(declared), declared.length, declared.name);
print("bare call", [...declared(1, 2)].join(","));
print("primitive receiver", [...declared.call("s", 1, 2)].join(","));
try {
  declared.caller;
  print("caller read: no error");
} catch (e) {
  print("caller read", e.constructor.name);
}
try {
  declared.arguments = {};
  print("arguments write: no error");
} catch (e) {
  print("arguments write", e.constructor.name);
}

var named = function* walk(n) {
  if (n > 0) yield* walk(n - 1);
  yield n;
  yield walk === named;
};
print("named expression", own(named), named.name, [...named(2)].join(","));

var anonymous = function* (x) {
  sloppyGlobal = x;
  yield x;
};
print("anonymous expression", own(anonymous), anonymous.name, [...anonymous(7)].join(","), typeof sloppyGlobal);

var holder = { value: function* () { yield this === holder; } };
print("property value", own(holder.value), holder.value.name, holder.value().next().value);

function outer(flag) {
  if (flag) {
    function* inBlock(y) {
      yield y * 2;
    }
    return inBlock;
  }
}
print("block declaration", own(outer(true)), [...outer(true)(4)].join(","));

var made = [];
for (var i = 0; i < 3; i++) {
  made.push(function* counted() { yield counted; });
}
print("one wrapper per evaluation", made[0] !== made[1], made[1].next === undefined, made[2]().next().value === made[2]);

function* shadows(declared) {
  yield typeof declared;
}
print("parameter named like an outer function", own(shadows), shadows(1).next().value);

async function* asyncGen(x) {
  yield this === globalThis;
  yield x;
}
print("async generator", own(asyncGen));
var it = asyncGen(3);
it.next().then(function (r) {
  print("async generator this", r.value);
});
