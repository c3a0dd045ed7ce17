// `yield*`, for-of and array destructuring read the iterator's `next` once, when iteration
// starts (GetIterator records it); `throw` and `return` are read each time they are used.
// Every property read of the iterator is logged; `next` is replaced after its second call,
// which must not be seen (issue 11, item 5).
function logged(label, target) {
  return new Proxy(target, {
    get: function (t, key, receiver) {
      print(label, "get", String(key));
      return Reflect.get(t, key, receiver);
    },
  });
}
function iterable(label) {
  var obj = {};
  obj[Symbol.iterator] = function () {
    print(label, "get iterator");
    var count = 0;
    var target = {
      next: function (v) {
        count++;
        print(label, "next", arguments.length, v);
        if (count === 2) {
          target.next = function () {
            print(label, "replaced next: must not run");
            return { value: "replaced", done: true };
          };
        }
        return { value: count, done: count > 3 };
      },
      "return": function (v) {
        print(label, "return", arguments.length, v);
        return { value: v, done: true };
      },
      "throw": function (e) {
        print(label, "throw", e);
        return { value: "caught " + e, done: false };
      },
    };
    return logged(label, target);
  };
  return obj;
}

function* delegate() {
  var r = yield* iterable("delegate");
  print("delegate got", r);
}
var g = delegate();
print(JSON.stringify(g.next("a")));
print(JSON.stringify(g.next("b")));
print(JSON.stringify(g.throw("x")));
print(JSON.stringify(g.next("c")));
print(JSON.stringify(g.next("d")));

var h = delegate();
h.next();
print(JSON.stringify(h.return("r")));

function* loop() {
  for (var x of iterable("for-of")) yield x;
}
print([...loop()].join(","));
var early = loop();
early.next();
print(JSON.stringify(early.return("early")));

function* destructure() {
  var [a = yield "default", b, c] = iterable("destructuring");
  print("destructured", a, b, c);
}
var d = destructure();
print(JSON.stringify(d.next()));
