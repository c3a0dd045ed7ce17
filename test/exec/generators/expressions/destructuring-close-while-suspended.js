// An array destructuring suspended inside its pattern (a target's computed key, a default, a
// rest target) closes its iterator when the generator is resumed with return() or throw(), as
// native code does: return() calls the iterator's `return` and its errors win; throw() calls it
// and the thrown error wins; an iterator already done is not closed. The target reference
// (`obj[key]`) is evaluated before the iterator is stepped for its element.
const log = [];
function iterable(name, count, returnMode) {
  return {
    [Symbol.iterator]() {
      log.push(name + " open");
      let i = 0;
      return {
        next() {
          i++;
          log.push(name + " next " + i);
          return { value: name + i, done: i > count };
        },
        return() {
          log.push(name + " return(" + arguments.length + ")");
          if (returnMode === "throws") throw new Error(name + " return threw");
          if (returnMode === "null") return null;
          return {};
        },
      };
    },
  };
}
const sink = {};
function obj(name) {
  log.push("eval " + name);
  return sink;
}

function* keyTarget(it) { [ obj("a")[yield "key"] ] = it; return "done"; }
function* restTarget(it) { let x; [ x, ...obj("rest")[yield "key"] ] = it; return "done " + x; }
function* defaultTarget(it) { let x, y; [ x, y = yield "default" ] = it; return "done " + x + y; }
function* declaration(it) { const [ a, b = yield "default" ] = it; return "done " + a + b; }
function* nested(it) { let x; [ [ x = yield "inner" ] ] = it; return "done " + x; }
function* forOfHead(it) { let r = []; for ([ obj("f")[yield "key"] ] of [it]) r.push(sink.k); return r.join(); }
function* forOfDeclaration(it) { for (const [ a = yield "default" ] of [it]) return a; }
function* caughtInside(it) {
  try { [ obj("c")[yield "key"] ] = it; } catch (e) { log.push("caught " + e.message); yield "after catch"; }
  return "done";
}

const gens = { keyTarget, restTarget, defaultTarget, declaration, nested, forOfHead, forOfDeclaration, caughtInside };
const sources = [
  ["plain", 3, "ok"],
  ["returnThrows", 3, "throws"],
  ["returnNull", 3, "null"],
  ["short", 0, "ok"],
  ["one", 1, "ok"],
];
for (const name of Object.keys(gens)) {
  for (const [src, count, mode] of sources) {
    for (const how of ["next", "return", "throw"]) {
      const g = gens[name](name === "nested" ? [iterable(src, count, mode)] : iterable(src, count, mode));
      const out = [];
      try {
        let r = g.next();
        out.push(JSON.stringify(r));
        if (!r.done) {
          r = how === "next" ? g.next("k") : how === "return" ? g.return("R") : g.throw(new Error("T"));
          out.push(JSON.stringify(r));
          if (!r.done) out.push(JSON.stringify(g.next("k2")));
        }
      } catch (e) {
        out.push(e.constructor.name + ": " + e.message);
      }
      print(name, src, how, out.join(" | "), "log:", log.splice(0).join(", "));
    }
  }
}

// Object patterns: a property reference as target is evaluated before the property is read
// (and before a default), and before a rest object is made.
const source = {
  get a() { log.push("get a"); return undefined; },
  get b() { log.push("get b"); return "b"; },
};
function* objectTargets() {
  ({ a: obj("oa")[yield "key a"] = yield "default a", b: obj("ob")[yield "key b"] } = source);
  ({ a: obj("oc")[yield "key c"], ...obj("rest")[yield "rest key"] } = source);
  return [sink.ka, sink.kb, sink.kc, sink.kr.b].join();
}
{
  const g = objectTargets();
  const out = [];
  let r = g.next();
  for (const k of ["ka", "dflt", "kb", "kc", "kr"]) { out.push(r.value); r = g.next(k); }
  out.push(JSON.stringify(r));
  print("object targets", out.join(" | "), "log:", log.splice(0).join(", "));
}
