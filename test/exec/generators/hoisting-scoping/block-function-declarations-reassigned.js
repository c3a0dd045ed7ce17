"use strict";
// Issue 11, item 2 siblings, in blocks a yield takes apart (strict mode: block functions are
// block-scoped). A block function reassigned by a closure lives in a cell made afresh each
// time the block is entered, before any function of the block is made, and keeps its name.
function* g() {
  const made = [];
  for (let round = 0; round < 3; round++) {
    {
      function step() {
        step = round;
        return "ran " + round;
      }
      function peek() {
        return typeof step;
      }
      made.push(peek);
      print(step.name, peek());
      yield step();
      print(peek(), step);
    }
  }
  print(made.map((p) => p()).join(","));
  switch (made.length) {
    case 3:
      function inCase() {
        inCase = "replaced in case";
      }
      yield typeof inCase;
      inCase();
      yield inCase;
  }
}
for (const v of g()) print(v);
