// An ES module (strict, `this` undefined, no `arguments` anywhere at its top level) whose top
// level holds async arrows with non-simple parameters: each takes its parameters from its own
// call; a free `arguments` read inside one rejects its promise with a ReferenceError when it
// is reached, and never makes the call throw. Prints one line per observation.
const log = (...parts) => console.log(parts.join(" "));

const transform = async (input, { jsx = false, loose } = {}, ...plugins) => {
  await null;
  return [input, jsx, loose, plugins.length, this === undefined].join(",");
};
log("length", transform.length);
log("call returns a promise", transform("a") instanceof Promise);
log("sync end");

const readsArguments = async (a = 1) => arguments.length;
let pending;
try {
  pending = readsArguments();
  log("call returned");
} catch (error) {
  log("call threw", error.constructor.name);
}
const typeOf = async (a = typeof arguments) => a;

function* withDefaultClosure(a, read = () => a) {
  a = "body wrote";
  yield read();
}

class Registry {
  constructor(name) {
    this.name = name;
    this.resolve = async (id, { prefix = this.name } = {}) => prefix + ":" + id;
  }
}

async function main() {
  log("transform", await transform("src"));
  log("transform given", await transform("src", { jsx: true, loose: 0 }, "p1", "p2"));
  await pending.then((v) => log("resolved", v), (e) => log("rejected", e.constructor.name));
  log("typeof arguments", await typeOf());
  log("generator", withDefaultClosure("first").next().value);
  log("constructor", await new Registry("reg").resolve("x"));
}
main();
