// An array destructuring that awaits inside its pattern (a target's key, a default) evaluates
// the target reference before stepping the iterator, and closes the iterator when the await
// throws or when an async generator suspended in the pattern is resumed with return().
const log = [];
function closing(name) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { i++; log.push(name + " next " + i); return { value: i === 1 ? 1 : undefined, done: false }; },
        return() { log.push(name + " return"); return {}; },
      };
    },
  };
}
function key(k) { log.push("key " + k); return k; }
async function order(p) {
  const o = {};
  [o[key(await p)], o.y = await p] = closing("order");
  return JSON.stringify(o);
}
async function rejected(p) {
  const o = {};
  try { [o[await p]] = closing("rejected"); } catch (e) { log.push("caught " + e); }
  return JSON.stringify(o);
}
async function declared(p) {
  try { const [a, b = await p] = closing("declared"); return a + b; } catch (e) { log.push("caught " + e); return "none"; }
}
async function* generator(p) {
  const o = {};
  [o[await p], o[yield "in pattern"]] = closing("generator");
  return JSON.stringify(o);
}
(async () => {
  print("order", await order(Promise.resolve("k")), log.splice(0).join(", "));
  print("rejected", await rejected(Promise.reject("no")), log.splice(0).join(", "));
  print("declared", await declared(Promise.reject("no")), log.splice(0).join(", "));
  const g = generator(Promise.resolve("a"));
  print("generator", JSON.stringify(await g.next()), JSON.stringify(await g.return("R")), log.splice(0).join(", "));
  const h = generator(Promise.resolve("a"));
  await h.next();
  try { await h.throw(new Error("T")); } catch (e) { print("generator throw", e.message, log.splice(0).join(", ")); }
})();
