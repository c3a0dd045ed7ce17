// Regression (fuzz seed 20260101, program 52, depth 2): with 32 or more block-scoped bindings
// the TDZ analysis's set of initialised bindings uses bit 31 of a word, and its meet compared
// a signed `&` with the unsigned stored word, so it always saw a change and the lowering of
// any function with such bindings and a loop never finished.
function* many(n) {
  const early = () => { try { return b39; } catch (e) { return e.constructor.name; } };
  yield early();
  let b0 = 0;
  let b1 = 1;
  let b2 = 2;
  let b3 = 3;
  let b4 = 4;
  let b5 = 5;
  let b6 = 6;
  let b7 = 7;
  let b8 = 8;
  let b9 = 9;
  let b10 = 10;
  let b11 = 11;
  let b12 = 12;
  let b13 = 13;
  let b14 = 14;
  let b15 = 15;
  let b16 = 16;
  let b17 = 17;
  let b18 = 18;
  let b19 = 19;
  let b20 = 20;
  let b21 = 21;
  let b22 = 22;
  let b23 = 23;
  let b24 = 24;
  let b25 = 25;
  let b26 = 26;
  let b27 = 27;
  let b28 = 28;
  let b29 = 29;
  let b30 = 30;
  let b31 = 31;
  let b32 = 32;
  let b33 = 33;
  let b34 = 34;
  let b35 = 35;
  let b36 = 36;
  let b37 = 37;
  let b38 = 38;
  let b39 = 39;
  for (let i = 0; i < n; i++) {
    if (i % 2) {
      b0 += i; b3 += i; b6 += i; b9 += i; b12 += i; b15 += i; b18 += i; b21 += i; b24 += i; b27 += i; b30 += i; b33 += i; b36 += i; b39 += i;
    }
    yield b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9 + b10 + b11 + b12 + b13 + b14 + b15 + b16 + b17 + b18 + b19 + b20 + b21 + b22 + b23 + b24 + b25 + b26 + b27 + b28 + b29 + b30 + b31 + b32 + b33 + b34 + b35 + b36 + b37 + b38 + b39;
    let late = yield early();
    while (late-- > 0) yield b31 + b32 + late;
  }
  return early();
}
const it = many(3);
const out = [];
for (let r = it.next(); ; r = it.next(2)) { out.push(r.value); if (r.done) break; }
print(out.join(" "));
