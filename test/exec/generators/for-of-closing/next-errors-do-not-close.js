// An error thrown by the iterator's own next() (or by reading done/value) does not call
// return(); the generator sees the error.
const log = [];
function bad(where) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          i++;
          if (where === "next" && i === 2) throw new Error("next failed");
          return {
            get done() { if (where === "done" && i === 2) throw new Error("done failed"); return false; },
            get value() { if (where === "value" && i === 2) throw new Error("value failed"); return i; },
          };
        },
        return() { log.push("return called"); return {}; },
      };
    },
  };
}
function* gen(where) {
  try {
    for (const x of bad(where)) yield x;
  } catch (e) {
    yield "caught " + e.message;
  }
}
for (const where of ["next", "done", "value"]) {
  print(where, [...gen(where)].join(","), "log:", log.splice(0).join(","));
}
