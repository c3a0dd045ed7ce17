// Fuzzer finding (seed 303): a `return` inside a try/finally without suspensions (a native
// statement in the machine) whose `finally` throws, all inside a try/finally with a yield. The
// jump out of the native statement set the machine's state before the native `finally` ran,
// so its throw was routed by the handler of the jump's target (none) instead of the outer
// `finally`, which never ran. The same holds for an iterator closed by leaving a for-of.
function* fuzzed(p0) {
  try {
    try {
      return;
    } finally {
      print("f1");
      throw new Error("t2 " + p0);
    }
  } finally {
    print("f0");
    yield 0;
  }
}

function closing(label) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => ({ value: i++, done: i > 3 }),
        return() {
          print(label + " closed");
          throw new Error(label + " close failed");
        },
      };
    },
  };
}

function* forOfClose() {
  try {
    for (const x of closing("for-of")) {
      if (x === 1) return "early";
    }
  } catch (e) {
    print("caught " + e.message);
    yield "after catch";
  } finally {
    yield "finally";
  }
  return "end";
}

function* overridden() {
  // A `finally` that replaces the jump with its own break: execution goes on after `inner`.
  try {
    inner: {
      try {
        return "lost";
      } finally {
        break inner;
      }
    }
    print("after inner");
    yield 1;
  } finally {
    yield 2;
  }
  return "kept";
}

async function asyncVariant() {
  try {
    try {
      return "r";
    } finally {
      throw new Error("async finally throws");
    }
  } catch (e) {
    await null;
    return "caught " + e.message;
  }
}

function drain(g, name) {
  for (;;) {
    let r;
    try {
      r = g.next();
    } catch (e) {
      print(name + " threw " + e.message);
      return;
    }
    print(name + " " + JSON.stringify(r));
    if (r.done) return;
  }
}
drain(fuzzed(7), "fuzzed");
drain(forOfClose(), "forOfClose");
drain(overridden(), "overridden");
asyncVariant().then(print, (e) => print("rejected " + e.message));
