// @refuse class's own private name `#id`
// The class-expression form of generators/refused/class-private-name-in-suspending-key.js:
// an awaiting computed key that mentions the class's own private name is refused.
async function make(o) {
  const C = class {
    #id = 0;
    [(await "key") + (#id in o)]() {}
  };
  return C;
}
make({}).then((C) => print(typeof C));
