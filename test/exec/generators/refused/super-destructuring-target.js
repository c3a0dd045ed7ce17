// @refuse super\.x` as a destructuring or for-in/of target
// A lowered function reaches `super` through helpers (a read and a write function), and a
// destructuring pattern or a for-of head cannot assign through a helper call: the plugin
// refuses, pointing at the target, instead of emitting a pattern it cannot lower.
class Base {}
class Derived extends Base {
  *pairs(list) {
    for (const pair of list) {
      [super.first, super.second] = pair;
      yield this.first;
    }
  }
}
for (const v of new Derived().pairs([[1, 2], [3, 4]])) print(v);
