// Async `yield*` and `for await` read the iterator's `next` once, when iteration starts, for
// async iterators and for sync ones adapted to the async protocol (CreateAsyncFromSyncIterator
// records the sync `next` too, and passes a value only when it was given one); `throw` and
// `return` are read each time. Every property read is logged; `next` is replaced after its
// second call, which must not be seen (issue 11, item 5).
function logged(label, target) {
  return new Proxy(target, {
    get: function (t, key, receiver) {
      print(label, "get", String(key));
      return Reflect.get(t, key, receiver);
    },
  });
}
function iterator(label, wrap) {
  var count = 0;
  var target = {
    next: function (v) {
      count++;
      print(label, "next", arguments.length, v);
      if (count === 2) {
        target.next = function () {
          print(label, "replaced next: must not run");
          return wrap({ value: "replaced", done: true });
        };
      }
      return wrap({ value: count, done: count > 3 });
    },
    "return": function (v) {
      print(label, "return", arguments.length, v);
      return wrap({ value: v, done: true });
    },
    "throw": function (e) {
      print(label, "throw", arguments.length, e);
      return wrap({ value: "caught " + e, done: false });
    },
  };
  return logged(label, target);
}
function asyncIterable(label) {
  var obj = {};
  obj[Symbol.asyncIterator] = function () {
    print(label, "get async iterator");
    return iterator(label, function (r) { return Promise.resolve(r); });
  };
  return obj;
}
function syncIterable(label) {
  var obj = {};
  obj[Symbol.iterator] = function () {
    print(label, "get iterator");
    return iterator(label, function (r) { return r; });
  };
  return obj;
}

async function* delegate(source) {
  var r = yield* source;
  print("delegate got", r);
}
async function drive(label, source) {
  var g = delegate(source);
  print(label, JSON.stringify(await g.next("a")));
  print(label, JSON.stringify(await g.next("b")));
  print(label, JSON.stringify(await g.throw("x")));
  print(label, JSON.stringify(await g.next("c")));
  print(label, JSON.stringify(await g.next("d")));
  var h = delegate(source);
  await h.next();
  print(label, JSON.stringify(await h.return("r")));
}
async function loop(label, source) {
  for await (var x of source) print(label, "item", x);
  for await (var y of source) {
    print(label, "break at", y);
    break;
  }
}
(async function () {
  await drive("async", asyncIterable("async"));
  await drive("sync", syncIterable("sync"));
  await loop("for-await async", asyncIterable("for-await async"));
  await loop("for-await sync", syncIterable("for-await sync"));
})();
