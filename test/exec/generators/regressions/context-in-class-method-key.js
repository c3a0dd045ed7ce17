// Fuzzer findings (seed 12, program 115; seed 2026120101, program 1317). A class's computed
// keys are evaluated where the class is defined, so `this`, `arguments` and `super` there are
// the enclosing function's; lowering that function moves its body into a step function,
// which must reach them through the function, for a nested class's method keys as for its
// field keys and heritage.
class Base {
  tw(x) {
    return x * 2;
  }
}

function names(K) {
  return Object.getOwnPropertyNames(K.prototype).join(",") + " / " + Object.getOwnPropertyNames(K).filter((n) => !["length", "name", "prototype"].includes(n)).join(",");
}

function* thisKey() {
  class K {
    [this.k]() {}
    static [this.k + "s"] = 1;
  }
  yield names(K);
}

function* argumentsKey() {
  class K {
    [arguments[0]]() {}
    static [arguments[0] + "s"]() {}
  }
  yield names(K);
}

async function asyncThisKey() {
  class K {
    [this.k]() {}
  }
  return names(K);
}

class Holder extends Base {
  *superKeys() {
    class K {
      [super.tw(1)]() {}
      static [super.tw(2)] = "field";
    }
    yield names(K);
  }

  async superHeritage() {
    class K extends (super.tw(0), Object) {}
    return typeof K;
  }
}

print(thisKey.call({ k: "fromThis" }).next().value);
print(argumentsKey("fromArguments").next().value);
print(new Holder().superKeys().next().value);
asyncThisKey.call({ k: "asyncThis" }).then((v) => print("asyncThisKey", v));
new Holder().superHeritage().then((v) => print("superHeritage", v));
