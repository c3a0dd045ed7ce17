class Base {
  *items() {
    yield 1;
  }
}
class Derived extends Base {
  *items() {
    yield 0;
    yield* super.items();
  }
}
