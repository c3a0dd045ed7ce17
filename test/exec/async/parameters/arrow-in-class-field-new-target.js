// `new.target` inside an async arrow (with non-simple parameters) in a class field initializer
// is the initializer's: undefined, not the constructor's.
class K {
  field = async (a = new.target, ...rest) => {
    await null;
    return [a === undefined, new.target === undefined, rest.length].join(",");
  };
}
new K().field().then((v) => print("field", v));
