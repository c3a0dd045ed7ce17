// A suspending computed key of an inner class may use an ENCLOSING class's private name (the
// inner class does not declare it): evaluated before the inner class, it still names the
// enclosing one's, as natively.
class Outer {
  #tag = "outer";
  *make(o) {
    class Inner {
      [(yield "key") + (#tag in o)]() {
        return "method";
      }
    }
    return Object.getOwnPropertyNames(Inner.prototype).join(",");
  }
}
const outer = new Outer();
const it = outer.make(outer);
print(it.next().value);
print(it.next("k").value);
const other = outer.make({});
other.next();
print(other.next("k").value);
