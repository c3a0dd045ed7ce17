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
 * - Caught errors are traced through `ex`, the one place where engine wording is normalised
 *   (its comment lists the rules): error types and their order are compared exactly, the
 *   engine's message text is not.
 * - The helpers use the intrinsics captured before the program runs (`$Promise`, `$Symbol`,
 *   ...), read through `globalThis`: programs may declare top-level bindings named `Promise`,
 *   `Symbol`, `Object`... (the shadow-globals feature), even lexical ones, which a helper
 *   reading `Promise` by name would see, or meet in their temporal dead zone.
 * - Deterministic: no timers, no randomness; promise callbacks are the only asynchrony, so
 *   the ticker's `tick N` lines pin down microtask order.
 */
export const PRELUDE = `
var $G = globalThis;
var $Promise = $G.Promise, $Symbol = $G.Symbol, $Proxy = $G.Proxy;
var $defineProperty = $G.Object.defineProperty, $getPrototypeOf = $G.Object.getPrototypeOf;
var $resolve = $Promise.resolve, $reject = $Promise.reject, $then = $Promise.prototype.then;
var $Error = $G.Error;
// ReferenceError second: ex reads its message.
var $errorTypes = [$G.TypeError, $G.ReferenceError, $G.RangeError, $G.SyntaxError, $G.EvalError, $G.URIError];
// How a caught value is traced: the one place where engine wording is normalised.
// 1. A value that is not an error made by the engine or a runtime (a number, an Error the
//    program threw with its own message): as it is, in full.
// 2. An object whose prototype is TypeError.prototype, RangeError.prototype, ... (the
//    intrinsic constructors captured above, so a shadowing binding cannot pass for one):
//    "<TypeError>", the type without the message, whose wording is the engine's own
//    ("Generator is already running" is V8's, not the language's).
// 3. Except a ReferenceError: "<ReferenceError x>", x being the binding its message names:
//    the quoted name of V8's "Cannot access 'x' before initialization", else the leading
//    identifier of "x is not defined" (also Babel's "x is not defined - temporal dead
//    zone"), else "?". A read of the wrong binding shows as a different name.
// 4. Any other object with an Error in its prototype chain: "<Error subclass NAME>".
function ex(e) {
  if (e === null || typeof e !== "object") return e;
  var proto = $getPrototypeOf(e);
  for (var i = 0; i < $errorTypes.length; i++) {
    if (proto !== $errorTypes[i].prototype) continue;
    if (i !== 1) return "<" + $errorTypes[i].name + ">";
    var m = /'([^']+)'/.exec(e.message) || /^([A-Za-z_$][\\w$]*) is not defined/.exec(e.message);
    return "<ReferenceError " + (m ? m[1] : "?") + ">";
  }
  if (proto === $Error.prototype || !(e instanceof $Error)) return e;
  return "<Error subclass " + e.name + ">";
}
// The settlement of promise p, traced later under tag; 0 now (expressions stay numbers).
function settle(p, tag) {
  $then.call($resolve.call($Promise, p), function (v) { print(tag, "resolved", v); }, function (e) { print(tag, "rejected", ex(e)); });
  return 0;
}
// Runs an async iterator to its end (at most 10 steps), each result traced; 0 now.
function adrain(it, tag) {
  var n = 0;
  function step() {
    if (n++ >= 10) return;
    $then.call(it.next(), function (r) { print(tag, r.value, r.done); if (!r.done) step(); }, function (e) { print(tag, "rejected", ex(e)); });
  }
  step();
  return 0;
}
function f(x, y) { print("f", x, y); return (x | 0) + 2 * (y | 0); }
function rej(v) { return $reject.call($Promise, new Error("rej " + v)); }
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
  it[$Symbol.iterator] = function () { return it; };
  return it;
}
function mkAsyncIter(n, tag, mode, base) {
  var sync = mkIter(n, tag, mode, base);
  var it = {};
  it.next = function (v) { return $resolve.call($Promise, sync.next(v)); };
  if (mode !== 1) {
    it["return"] = function (v) { return $resolve.call($Promise, sync["return"](v)); };
  }
  if (mode !== 1 && mode !== 3) {
    it["throw"] = function (e) {
      try { return $resolve.call($Promise, sync["throw"](e)); } catch (err) { return $reject.call($Promise, err); }
    };
  }
  it[$Symbol.asyncIterator] = function () { return it; };
  return it;
}
// A result object whose \`done\` and \`value\` are getters that trace every read.
function loggedResult(tag, done, value) {
  var r = {};
  $defineProperty(r, "done", { get: function () { print(tag, "get done"); return done; }, enumerable: true, configurable: true });
  $defineProperty(r, "value", { get: function () { print(tag, "get value"); return value; }, enumerable: true, configurable: true });
  return r;
}
// A hand-written iterator behind a Proxy that traces every property read (methods included)
// and every call with its argument count; its results trace their reads too. mode as mkIter;
// isAsync: the methods return promises of the results and @@asyncIterator is defined.
function mkLoggedIter(n, tag, mode, base, isAsync) {
  var i = 0;
  var target = {};
  function answer(r) { return isAsync ? $resolve.call($Promise, r) : r; }
  target.next = function (v) {
    print(tag, "call next", v, arguments.length);
    i++;
    return answer(i > n ? loggedResult(tag, true, base * 10) : loggedResult(tag, false, base + i));
  };
  if (mode !== 1) {
    target["return"] = function (v) { print(tag, "call return", v, arguments.length); i = n; return answer(loggedResult(tag, true, v)); };
  }
  if (mode !== 1 && mode !== 3) {
    target["throw"] = function (e) {
      print(tag, "call throw", e, arguments.length);
      if (mode === 2) return answer(loggedResult(tag, false, -1));
      if (isAsync) return $reject.call($Promise, e);
      throw e;
    };
  }
  var proxy = new $Proxy(target, {
    get: function (t, key) {
      print(tag, "get", typeof key === "symbol" ? key.description : key);
      return t[key];
    }
  });
  target[isAsync ? $Symbol.asyncIterator : $Symbol.iterator] = function () { print(tag, "call @@iterator", arguments.length); return proxy; };
  return proxy;
}
function ticker(n) {
  var i = 0;
  function tick() {
    if (i >= n) return;
    i++;
    print("tick " + i);
    $then.call($resolve.call($Promise), tick);
  }
  $then.call($resolve.call($Promise), tick);
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
  if (it === null) return $resolve.call($Promise);
  var p;
  try { p = it[op](v); } catch (e) { print(tag, op, v, "sync throw", ex(e)); return $resolve.call($Promise); }
  return $then.call(p, 
    function (r) { print(tag, op, v, "->", r); },
    function (e) { print(tag, op, v, "rejected", ex(e)); }
  );
}
function observe(make, tag) {
  var p = start(make, tag);
  if (p === null) return;
  $then.call(p, function (v) { print(tag, "resolved", v); }, function (e) { print(tag, "rejected", ex(e)); });
}
`;
