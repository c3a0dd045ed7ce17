// @skip open bug (fuzzer, issue #11 grammar, seed 12 program 115; fuzz feature class-keys): `super` in a computed key of a class nested in a lowered method is left as it is inside the step function, where it does not parse ('super' keyword unexpected here); the same `super` in the nested class's `extends` clause is rewritten
// Fuzzer finding (seed 12, program 115, once class members joined the grammar). A class's
// computed keys are evaluated where the class is defined, so a `super` there is the
// enclosing method's; lowering the method moves its body into a step function, which must
// reach `super` through the method, for the nested class's keys as for its heritage.
class Base {
  tw(x) {
    return x * 2;
  }
}

class Holder extends Base {
  *keys() {
    class K {
      [super.tw(1)]() {
        return "method 2";
      }
      static [super.tw(2)] = "field 4";
    }
    yield new K()[2]();
    yield K[4];
  }

  async heritage() {
    class K extends (super.tw(0), Object) {}
    return typeof K;
  }
}

const it = new Holder().keys();
print(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
new Holder().heritage().then((v) => print("heritage", v));
