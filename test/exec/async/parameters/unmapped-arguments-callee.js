// An async function with non-simple parameters has an unmapped `arguments` object: its
// `callee` is a throwing accessor, not the function.
async function callee(a = 1) {
  try {
    return typeof arguments.callee;
  } catch (e) {
    return e.constructor.name;
  }
}
callee().then((v) => print("callee", v));
