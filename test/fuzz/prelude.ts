/**
 * The helpers every fuzzed program starts with: traced iterables, promise sources, the
 * ticker, and the driver steps that record every result or exception.
 *
 * Invariants:
 * - ES5 only, and no generator or async function: the check prepends it, unlowered, to both
 *   the native and the lowered program (check.ts `runnable`), so it must mean the same to both
 *   and must never be what a divergence comes from.
 * - Every helper reports what it observes through `print` (the harness's global) and never
 *   lets an exception escape to the top level: a driver step that throws becomes a trace line.
 * - Errors the program did not make itself (TypeError from the iterator protocol, "already
 *   running"...) are traced by their name only, through \`ex\`: their message text is engine
 *   wording, which a runtime cannot and need not copy. Errors the program throws are plain
 *   \`Error\`s (or non-Error values) and are traced in full.
 * - Deterministic: no timers, no randomness; promise callbacks are the only asynchrony, so
 *   the ticker's `tick N` lines pin down microtask order.
 */
export const PRELUDE = `
function ex(e) { return e instanceof Error && e.name !== "Error" ? "<" + e.name + ">" : e; }
function f(x, y) { print("f", x, y); return (x | 0) + 2 * (y | 0); }
function rej(v) { return Promise.reject(new Error("rej " + v)); }
function thenable(v) { return { then: function (ok) { print("then", v); ok(v); } }; }
function pick(a, key, b) { var o = {}; o[1] = a; o[key] = b; return o[1]; }
function callc(fs, i, v) { if (fs.length === 0) return -1; return fs[i % fs.length](v); }
function drain(it) {
  var out = [];
  for (var n = 0; n < 20; n++) {
    var r = it.next();
    if (r.done) { out.push("=" + r.value); break; }
    out.push(r.value);
  }
  return out.join(",");
}
function mkIter(n, tag, mode, base) {
  var i = 0;
  var it = {};
  it.next = function (v) {
    print(tag, "next", v);
    i++;
    return i > n ? { done: true, value: base * 10 } : { done: false, value: base + i };
  };
  // mode 1: neither return nor throw; mode 3: return only; mode 2: throw swallows.
  if (mode !== 1) {
    it["return"] = function (v) { print(tag, "return", v); i = n; return { done: true, value: v }; };
  }
  if (mode !== 1 && mode !== 3) {
    it["throw"] = function (e) {
      print(tag, "throw", e);
      if (mode === 2) return { done: false, value: -1 };
      throw e;
    };
  }
  it[Symbol.iterator] = function () { return it; };
  return it;
}
function mkAsyncIter(n, tag, mode, base) {
  var sync = mkIter(n, tag, mode, base);
  var it = {};
  it.next = function (v) { return Promise.resolve(sync.next(v)); };
  if (mode !== 1) {
    it["return"] = function (v) { return Promise.resolve(sync["return"](v)); };
  }
  if (mode !== 1 && mode !== 3) {
    it["throw"] = function (e) {
      try { return Promise.resolve(sync["throw"](e)); } catch (err) { return Promise.reject(err); }
    };
  }
  it[Symbol.asyncIterator] = function () { return it; };
  return it;
}
function ticker(n) {
  var i = 0;
  function tick() {
    if (i >= n) return;
    i++;
    print("tick " + i);
    Promise.resolve().then(tick);
  }
  Promise.resolve().then(tick);
}
function start(make, tag) {
  try { return make(); } catch (e) { print(tag, "call threw", ex(e)); return null; }
}
var cur = null;
function reenter() {
  if (cur === null) return -1;
  try { cur.next(); return 0; } catch (e) { print("reenter", ex(e)); return 1; }
}
function step(it, op, v, tag) {
  if (it === null) return;
  cur = it;
  try { print(tag, op, v, "->", it[op](v)); } catch (e) { print(tag, op, v, "threw", ex(e)); }
}
function consume(it, k, tag) {
  if (it === null) return;
  var n = 0;
  try {
    for (;;) {
      var r = it.next();
      if (r.done) break;
      print(tag, "item", r.value);
      if (++n >= k) { if (typeof it["return"] === "function") it["return"](); break; }
    }
    print(tag, "done");
  } catch (e) { print(tag, "threw", ex(e)); }
}
function astep(it, op, v, tag) {
  if (it === null) return Promise.resolve();
  var p;
  try { p = it[op](v); } catch (e) { print(tag, op, v, "sync throw", ex(e)); return Promise.resolve(); }
  return p.then(
    function (r) { print(tag, op, v, "->", r); },
    function (e) { print(tag, op, v, "rejected", ex(e)); }
  );
}
function observe(make, tag) {
  var p = start(make, tag);
  if (p === null) return;
  p.then(function (v) { print(tag, "resolved", v); }, function (e) { print(tag, "rejected", ex(e)); });
}
`;
