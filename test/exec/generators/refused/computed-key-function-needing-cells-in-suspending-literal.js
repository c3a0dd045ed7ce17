// @refuse named by a computed key
// An anonymous function named by a computed key (`{ [k]: () => i }`) gets the key's run-time
// value as its name only where it is made in its property. One that captures a binding that
// changes (a per-iteration `let` reassigned here, so a cell) is handed its cells by a wrapper
// made outside the property, which an object literal that also contains a yield cannot take
// whole: the plugin refuses rather than give the function a wrong name. (Without the yield,
// or without the reassignment, the same literal lowers: see function-names/.)
function* g() {
  for (let i = 0; i < 2; i++) {
    const o = { [`k${i}`]: () => i, x: yield i };
    i += 0;
    print(o[`k${i}`].name);
  }
}
print([...g()].join(","));
