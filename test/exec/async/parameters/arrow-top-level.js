// At the top level of a script an async arrow with non-simple parameters has no enclosing
// function: `this` is the global object, and its parameters come from its own call.
const f = async (input, { jsx = false } = {}, ...rest) => [input, jsx, rest.length, this === globalThis];
f("src").then((v) => print("top level", v.join(",")));
f("src", { jsx: true }, 1).then((v) => print("top level given", v.join(",")));
const g = async ([a, b] = ["A", "B"], c = this === globalThis) => a + b + c;
g().then((v) => print("destructured default", v));
g(["x"], 0).then((v) => print("destructured given", v));
