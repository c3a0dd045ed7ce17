// Assigning a const throws a TypeError after the right side ran, in every form, in the
// function and in its closures; a logical assignment that does not assign does not throw;
// before its declaration, the ReferenceError comes first.
function* gen() {
  const c = 1;
  yield c;
  const attempts = {
    "=": () => { c = (print("rhs runs"), 2); },
    "+=": () => { c += 1; },
    "++": () => { c++; },
    "--prefix": () => { --c; },
    "&&=": () => { c &&= 5; },
    "[c] =": () => { [c] = [2]; },
    "({ c } =)": () => { ({ c } = { c: 2 }); },
    "for (c of)": () => { for (c of [1]) print("body"); },
  };
  for (const name of Object.keys(attempts)) {
    try { attempts[name](); print(name, "no error"); } catch (e) { print(name, e.constructor.name); }
  }
  print("||= keeps it:", (c ||= 9));
  try { [late] = [(print("value first"), 1)]; } catch (e) { print("[late] = before its declaration:", e.constructor.name); }
  const late = 2;
  try { c = 3; } catch (e) { print("in the machine:", e.constructor.name); }
  try { c++; } catch (e) { print("++ in the machine:", e.constructor.name); }
  yield c;
}
print([...gen()].join());
