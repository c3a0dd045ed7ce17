// `import()` with a `yield`/`await` in its specifier or options: the specifier is evaluated
// before the options, both before the import starts (its ToString of the specifier included),
// and a generator closed while suspended there never starts the import. (This script has no
// module loader: every import() rejects, natively and lowered alike; the rejection is caught.)
const log = [];
function spec(name) {
  log.push("specifier " + name);
  return { toString() { log.push("toString " + name); return "./nowhere-" + name + ".js"; } };
}
function settle(p) {
  return p.then(() => "fulfilled", (e) => "rejected " + (e && e.constructor && e.constructor.name));
}
function* inSpecifier() { const p = import(yield "specifier?"); log.push("after import"); return p; }
function* inOptions() { const p = import(spec("b"), yield "options?"); log.push("after import"); return p; }
function* bothSuspend() { return import(spec(yield "name?"), { with: yield "attributes?" }); }
async function awaited() { return import(await spec("d"), await { with: {} }); }

(async () => {
  let g = inSpecifier();
  g.next();
  print("specifier", await settle(g.next(spec("a")).value), log.splice(0).join(", "));
  g = inSpecifier();
  g.next();
  print("specifier closed", JSON.stringify(g.return("R")), log.splice(0).join(", "));
  g = inOptions();
  g.next();
  print("options", await settle(g.next(undefined).value), log.splice(0).join(", "));
  g = inOptions();
  g.next();
  print("options closed", JSON.stringify(g.return("R")), log.splice(0).join(", "));
  g = bothSuspend();
  g.next();
  g.next("c");
  print("both", await settle(g.next({}).value), log.splice(0).join(", "));
  print("async", await settle(awaited()), log.splice(0).join(", "));
})();
