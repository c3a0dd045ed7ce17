/**
 * The runtime: generator objects, the async-function driver, the async-generator request
 * queue, `yield*` delegation and iterator helpers. One factory, written in ES5 on purpose: the
 * plugin inlines its source text (`String(createRuntime)`) at the top of a file, and the
 * `babel-plugin-slot-machine/runtime` entry exports one instance of it.
 *
 * The machine record (`Machine` below; the fields a step function touches are named in
 * ../protocol.ts): `k` the state (0 not started, >0 suspended at that resume state, -1
 * running, -2 done), `s` the slot array, `f` the step function, `i` the iterator record a
 * sync `yield*` delegates to, `a` set by an async generator's step when the runtime must
 * await its operand (1 an `await`; 2 a `yield`, whose operand is awaited and then yielded by
 * the runtime); the runtime's own: `w` the state an async generator's
 * `await` resumes at, `o` the generator object, `q` an async generator's request queue,
 * `res`/`rej` the resolving functions of an async function's promise, `onF`/`onR` the
 * reactions an `await` registers, `v`/`onV` a value awaited without a promise of its own and
 * its reaction (awaitFor). A step returns its operand; if it left `k` at -1 it
 * completed with that value.
 *
 * An iterator record (`iter`, `asyncIter`) is `{ i, n }`: the iterator and its `next` method,
 * read once when iteration starts (the spec's GetIterator); `return` and `throw` are read from
 * `i` each time they are needed, as the spec does.
 *
 * Sections (`// @section NAME` ... `// @end`) let the inline mode emit only what a file uses
 * (see ./sections.ts); code outside any section is always emitted.
 *
 * It defines no globals. It reads `Promise`, `Symbol` and `Object` from the environment once,
 * when the factory runs (file load), so a Promise polyfill must be loaded before.
 *
 * Why one file of more than 500 lines: the runtime is emitted as the source text of this one
 * function, cut into sections by markers, so it cannot be split into modules that import each
 * other; each section is short and stands alone (the section map in ./sections.ts says which
 * helper needs which).
 */

// Types only (erased): kept outside the factory so that no section marker sits next to them.
/**
 * The machine record. Each kind builds it with its own fields only (a sync generator's is the
 * smallest: it is what a suspended instance costs), always in the same order per kind.
 */
interface Machine {
  k: number;
  s: unknown[] | null;
  f: (m: Machine, state: number, mode: number, sent: unknown) => unknown;
  i?: IteratorRecord | null;
  a?: number;
  /** Async generators: the state an `await` resumes at. */
  w?: number;
  o?: object | null;
  q?: Request[] | null;
  res?: (v: unknown) => void;
  rej?: (e: unknown) => void;
  onF?: ((v: unknown) => void) | null;
  onR?: ((e: unknown) => void) | null;
  /** A value awaited through `settled` (see awaitFor), and the reaction that resumes with it. */
  v?: unknown;
  onV?: (() => void) | null;
}
interface Request { m: number; v: unknown; res: (v: unknown) => void; rej: (e: unknown) => void }
interface IteratorRecord { i: Record<string, unknown>; n: unknown }
type Instance = new (m: Machine) => object;

/* eslint-disable */
export function createRuntime(): Record<string, unknown> {
  var rt: Record<string, unknown> = {};
  var RUNNING = -1;
  var DONE = -2;
  // @section promise
  var P: PromiseConstructor = Promise;
  // Await never looks `then` (or `resolve`) up at run time: it uses the ones there were at
  // load time, as native await uses the engine's own.
  var then = P.prototype.then;
  var resolve = P.resolve;
  var reject = P.reject;
  // Fulfilled at load: awaiting a value that is not an object takes one job through it.
  var settled = resolve.call(P, void 0);
  /**
   * A machine's await of `value`: its handlers `onF`/`onR`/`onV` (made by the caller at its
   * first await) run in a later job, settled through the engine's promise. A value that is not an
   * object cannot be a thenable, so instead of a promise of its own (what `resolve` would make)
   * it waits in `m.v` for the one job a reaction to `settled` takes: the same tick, one promise
   * less per await. A promise whose `constructor` getter throws makes the await itself throw,
   * at once (no tick), so `onR` runs synchronously then; callers must be ready for that
   * re-entry. The getter may be read by `resolve` (V8) or only by `then` (Hermes), so both are
   * in the `try`: a `then` that throws has registered nothing.
   */
  function awaitFor(m: Machine, value: unknown): void {
    try {
      // isObject, written out: every await of a lowered function passes here.
      if (value !== null && (typeof value === "object" || typeof value === "function")) {
        then.call(resolve.call(P, value), m.onF, m.onR);
        return;
      }
      m.v = value;
      then.call(settled, m.onV);
    } catch (e) {
      m.onR!(e);
    }
  }
  // A promise's resolving functions, handed out by one shared executor (no closure per call)
  // and taken at once by promiseFor.
  var pendingResolve: ((v: unknown) => void) | undefined;
  var pendingReject: ((e: unknown) => void) | undefined;
  function captureResolvers(res: (v: unknown) => void, rej: (e: unknown) => void): void {
    pendingResolve = res;
    pendingReject = rej;
  }
  /** A new promise; its resolving functions go to `target.res` and `target.rej`. */
  function promiseFor(target: { res?: (v: unknown) => void; rej?: (e: unknown) => void }): Promise<unknown> {
    var promise = new P(captureResolvers);
    target.res = pendingResolve;
    target.rej = pendingReject;
    pendingResolve = pendingReject = void 0;
    return promise;
  }
  // @end
  var hasSymbol = typeof Symbol === "function";
  // (Each section below reads only what its own code needs: a value made at load that no
  // code of the file uses would still be made, and kept by a minifier.)
  // @section iterator
  var iteratorSymbol: symbol | string = (hasSymbol && Symbol.iterator) || "@@iterator";
  // @end
  var toStringTag: symbol | null = (hasSymbol && Symbol.toStringTag) || null;

  function define(obj: object, key: string | symbol, value: unknown): void {
    Object.defineProperty(obj, key, { value: value, writable: true, configurable: true, enumerable: false });
  }
  function defineAll(obj: object, methods: Record<string, unknown>): void {
    for (var key in methods) define(obj, key, methods[key]);
  }
  function isObject(x: unknown): boolean {
    return x !== null && (typeof x === "object" || typeof x === "function");
  }

  // @section functions
  var setPrototypeOf = Object.setPrototypeOf || function (o: { __proto__?: unknown }, p: unknown) { o.__proto__ = p; return o; };
  // %GeneratorFunction.prototype%, %AsyncGeneratorFunction.prototype% and
  // %AsyncFunction.prototype%: what lowered functions of each kind inherit from, as native ones
  // do. Their `constructor` is a function of the native constructor's name, length and links
  // (`prototype`, inheriting from Function). Calling it compiles source text as the native one
  // does, with the engine's own generators or async functions (source compiled at run time is
  // not lowered): where the engine has none, a SyntaxError. `instances` is the prototype of the
  // kind's generator objects (none for async functions).
  function functionPrototype(instances: object | null, tag: string, constructor: (source: string) => unknown): object {
    var proto = Object.create(Function.prototype);
    if (instances) {
      Object.defineProperty(proto, "prototype", { value: instances, configurable: true });
      Object.defineProperty(instances, "constructor", { value: proto, configurable: true });
    }
    Object.defineProperty(proto, "constructor", { value: constructor, configurable: true });
    Object.defineProperty(constructor, "prototype", { value: proto, writable: false });
    setPrototypeOf(constructor, Function);
    if (toStringTag) Object.defineProperty(proto, toStringTag, { value: tag, configurable: true });
    return proto;
  }
  /**
   * What the engine's own constructor of the kind makes of `args` (CreateDynamicFunction: it
   * checks and compiles the parameters and body as native code would). The constructor is
   * reached through a function of the kind, `HEAD(){}`, compiled only when needed: where the
   * engine lacks the syntax, that throws its SyntaxError, as the source text could not be
   * compiled either. (Callers spell the head in pieces: the runtime's text never spells a
   * generator or an async function, which checks for functions left in lowered output look for.)
   */
  function compileFunction(head: string, args: IArguments): { prototype?: object } {
    var engine = Object.getPrototypeOf(Function("return " + head + "(){}")()).constructor as (...a: unknown[]) => { prototype?: object };
    return engine.apply(void 0, args as unknown as unknown[]);
  }
  // [function prototype, instance prototype] of each kind: [0] sync generators (protos
  // section), [1] async generators (asyncGen section), [2] async functions (async section,
  // no instance prototype). A file carries only the kinds it uses.
  var kinds: Array<[object, object | null]> = [];
  // @end
  // @section protos
  var IteratorPrototype: object = {};
  try {
    IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(([] as unknown as Record<symbol, () => object>)[iteratorSymbol as symbol]!()));
  } catch (e) {
    define(IteratorPrototype, iteratorSymbol, function (this: unknown) { return this; });
  }
  var GeneratorPrototype = Object.create(IteratorPrototype);
  if (toStringTag) Object.defineProperty(GeneratorPrototype, toStringTag, { value: "Generator", configurable: true });

  /** `[async ]function* anonymous(…)`, inheriting from the stand-in's prototype. */
  function compile(head: string, args: IArguments, kind: number): unknown {
    var fn = compileFunction(head + "function" + "*", args);
    // Its generator objects inherit from the stand-in's instance prototype, as the function
    // from the stand-in (the spec links the two); that prototype's methods hand an object the
    // engine made to the engine's own methods, found on the engine's prototype kept here.
    enginePrototypes[kind] = Object.getPrototypeOf(fn.prototype);
    fn.prototype = Object.create(kinds[kind]![1]!);
    return setPrototypeOf(fn, kinds[kind]![0]);
  }
  /** The engine's own prototype of the objects of [0] generators, [1] async generators, once known. */
  var enginePrototypes: Array<Record<string, (v: unknown) => unknown> | undefined> = [];
  /**
   * A receiver a generator method of the lowered machinery does not know: the engine's method
   * `name`, if the receiver may be one of the engine's own generator objects.
   */
  function engineMethod(name: string): (v: unknown) => unknown {
    var engine = enginePrototypes[0];
    if (!engine) throw new TypeError("Generator.prototype." + name + " method called on incompatible receiver");
    return engine[name]!;
  }
  kinds[0] = [
    functionPrototype(GeneratorPrototype, "GeneratorFunction", function GeneratorFunction(_source: string): unknown {
      return compile("", arguments, 0);
    }),
    GeneratorPrototype,
  ];

  function mark(fn: { prototype: unknown }, isAsync?: boolean): unknown {
    var kind = kinds[isAsync ? 1 : 0]!;
    setPrototypeOf(fn, kind[0]);
    fn.prototype = Object.create(kind[1]!);
    return fn;
  }
  rt.mark = mark;
  // @end

  // @section methods
  /**
   * Marks generator and async methods after their object or class is made: each gets the
   * prototype chain of its kind (`keys[i][2]`: 0 generator, 1 async generator, 2 async
   * function; see `kinds`), and a generator method its own `prototype`, and is stored in
   * `holder` under its index in `keys`, where its instances look it up. A computed key (null in
   * `keys`) was stored in `holder["k" + index]` as its key was evaluated (see `propertyKey`).
   */
  function markMethods(target: Record<string, unknown>, holder: Record<string, unknown>, keys: Array<[string | null, boolean, number]>): unknown {
    var isClass = typeof target === "function";
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i]![0];
      if (key === null) key = holder["k" + i] as string;
      var isStatic = keys[i]![1];
      var home = (isClass && !isStatic ? (target as { prototype: Record<string, unknown> }).prototype : target) as Record<string, unknown>;
      var method = Object.getOwnPropertyDescriptor(home, key);
      var fn = method && method.value;
      if (typeof fn !== "function") continue;
      var kind = kinds[keys[i]![2]]!;
      setPrototypeOf(fn, kind[0]);
      // An async method has no `prototype` and makes no instances: nothing to store.
      if (!kind[1]) continue;
      Object.defineProperty(fn, "prototype", { value: Object.create(kind[1]), writable: true });
      holder[i] = fn;
    }
    return target;
  }
  /**
   * A computed key as the member definition will see it (ToPropertyKey, done once here by the
   * engine itself: the definition then receives a string or symbol, whose conversion is not
   * observable). A null-prototype object, so that "__proto__" is an ordinary key.
   */
  function propertyKey(value: unknown): string | symbol {
    var probe = Object.create(null) as Record<string | symbol, number>;
    probe[value as string] = 0;
    var names = Object.keys(probe);
    return names.length > 0 ? names[0]! : Object.getOwnPropertySymbols(probe)[0]!;
  }
  rt.propertyKey = propertyKey;
  rt.markMethods = markMethods;
  // @end
  function newTarget(self: unknown, fn: unknown): void {
    // A plain call in strict code has no receiver: the common case costs one comparison.
    if (self === void 0 || self === null) return;
    if (typeof fn === "function" && isObject((fn as { prototype: unknown }).prototype) && self instanceof (fn as () => void)) {
      throw new TypeError((fn as () => void).name + " is not a constructor");
    }
  }

  // @section instances
  // Generator objects of both kinds (see `instance`).
  var CTOR: string | symbol = hasSymbol ? Symbol("slotMachineConstructor") : "__slotMachineConstructor";

  // `plain` (option plainStateProperty): the state property is assigned, not defined, so it is
  // enumerable; a constructor makes one kind only, and caches are kept per kind.
  function makeConstructor(proto: object, plain: number | undefined, key: string | symbol): Instance {
    var C = (plain
      ? function (this: Record<string | symbol, unknown>, m: Machine) { this[key] = m; }
      : function (this: object, m: Machine) { define(this, key, m); }) as unknown as Instance & { prototype: object; p?: number };
    C.prototype = proto;
    C.p = plain;
    return C;
  }
  var fallbackConstructors: Record<string, Instance> = {};

  /**
   * A new generator object inheriting from fn.prototype (or, when that is not an object, the
   * fallback) holding `m`. Its constructor is cached on the function (by kind, for the
   * fallback), and made again when user code replaced fn.prototype.
   */
  function instance(fn: unknown, fallback: object, fallbackName: string, m: Machine, plain: number | undefined, machineKey: string | symbol): object {
    var proto = typeof fn === "function" ? (fn as { prototype: unknown }).prototype : null;
    var holder = fn as Record<string | symbol, Instance & { prototype: object; p?: number }>;
    var key: string | symbol = CTOR;
    if (!isObject(proto)) {
      proto = fallback;
      holder = fallbackConstructors as typeof holder;
      key = fallbackName;
    }
    var C = holder[key];
    if (!C || C.prototype !== proto || C.p !== plain) define(holder, key, (C = makeConstructor(proto as object, plain, machineKey) as typeof C));
    var o = new C!(m);
    m.o = o;
    return o;
  }
  // @end

  // @section gen
  // ---- sync generators ------------------------------------------------------------------

  // The machine of a generator object lives under one non-enumerable, Symbol-keyed own
  // property: invisible to Object.keys, for-in, JSON, spread, Object.assign and
  // getOwnPropertyNames (only getOwnPropertySymbols sees it). Correctness over speed: a plain
  // assignment would be ~5 ns per instance, defineProperty costs ~100 ns (option
  // plainStateProperty chooses the assignment).
  // Async generator objects hold theirs under a key of their own (ASYNC_KEY, asyncGen section),
  // so that a sync generator's `next` tells the two kinds apart by the key alone (one property
  // read, no field that would be missing on the other kind's machine: a missing property costs
  // an interpreter a walk up the prototype chain).
  var KEY: string | symbol = hasSymbol ? Symbol("slotMachine") : "__slotMachine";

  function machine(step: Machine["f"], slots: unknown[]): Machine {
    return { k: 0, s: slots, f: step, i: null, o: null };
  }

  function gen(self: unknown, fn: unknown, step: Machine["f"], slots: unknown[], plain?: number): object {
    newTarget(self, fn);
    return instance(fn, GeneratorPrototype, "g", machine(step, slots), plain, KEY);
  }

  /**
   * `return(v)` (mode 2) and `throw(v)` (mode 1) on `o`: resumes the lowered generator's
   * machine, or hands any other receiver to the engine's method. (A primitive has no machine
   * under the private key; `m.o` rules out one inherited from a generator object.)
   */
  function resumeOther(o: unknown, mode: number, v: unknown, name: string): unknown {
    var m = o == null ? void 0 : (o as Record<string | symbol, Machine>)[KEY];
    return m && m.o === o ? resume(m, mode, v) : engineMethod(name).call(o, v);
  }

  // @end
  function finish(m: Machine): void {
    m.k = DONE;
    m.s = null;
    if (m.i) m.i = null;
  }

  // @section gen
  function resume(m: Machine, mode: number, sent: unknown): unknown {
    var k = m.k;
    if (k === RUNNING) throw new TypeError("Generator is already running");
    for (;;) {
      var inner = m.i as IteratorRecord | null;
      if (inner !== null) {
        // Delegating (`yield*`): forward to the inner iterator while the outer stays running.
        m.k = RUNNING;
        // The result's `done` and `value` getters run here too: what they throw goes into the
        // generator at its `yield*`, like an error of the inner iterator's method.
        try {
          var result = forward(m, inner, mode, sent) as { done: unknown; value: unknown };
          if (!result.done) {
            m.k = k;
            return result;
          }
          sent = result.value;
          // A forwarded return() that the inner iterator completed completes the outer too.
          if (mode !== 2) mode = 0;
        } catch (e) {
          sent = e;
          mode = 1;
        }
        m.k = k;
        m.i = null;
      }
      // Done (no delegation left then), or a throw/return at a plain resume state (even: no
      // handler or finally there, the start included): the generator completes without
      // running its step function.
      if (k === DONE || (mode !== 0 && (k & 1) === 0)) {
        finish(m);
        if (mode === 1) throw sent;
        return { value: mode === 2 ? sent : void 0, done: true };
      }
      m.k = RUNNING;
      var value: unknown;
      try {
        value = m.f(m, k, mode, sent);
      } catch (e) {
        finish(m);
        throw e;
      }
      if (m.k === RUNNING) {
        finish(m);
        return { value: value, done: true };
      }
      if (m.i !== null) {
        k = m.k;
        mode = 0;
        sent = void 0;
        continue;
      }
      return { value: value, done: false };
    }
  }

  /**
   * One round of `yield*` for a sync generator. Returns the inner result object, or
   * undefined after switching the pending resumption (mode/sent are changed by throwing).
   */
  function forward(m: Machine, inner: IteratorRecord, mode: number, sent: unknown): unknown {
    var it = inner.i;
    var method: unknown;
    if (mode === 0) {
      method = inner.n;
    } else if (mode === 1) {
      method = it["throw"];
      if (method == null) {
        m.i = null;
        closeIterator(inner, false);
        throw noThrowMethod();
      }
    } else {
      method = it["return"];
      if (method == null) {
        return { value: sent, done: true };
      }
    }
    return checkResult((method as (v: unknown) => unknown).call(it, sent)) as Record<string, unknown>;
  }

  /**
   * `next(v)`: what `resume(m, 0, v)` does, with the common case written out first: a
   * machine suspended (or not started) and not delegating runs its step function here, one
   * call deep. Every value a lowered generator produces pays for this function, so it is the
   * runtime's hottest path on every engine: the receiver check is written out too.
   */
  var genNext = function next(this: unknown, v: unknown): unknown {
    var m = this == null ? void 0 : (this as Record<string | symbol, Machine>)[KEY];
    if (!m || m.o !== this) return engineMethod("next").call(this, v);
    var k = m.k;
    if (k < 0) return resume(m, 0, v);
    var inner = m.i as IteratorRecord | null;
    if (inner !== null) {
      if (inner.n !== genNext) return resume(m, 0, v);
      // Delegating to another lowered generator through its own next: its result is a new
      // plain object (no getters to run), so resume's round is done here without the detour.
      var result: { done: boolean; value: unknown };
      m.k = RUNNING;
      try {
        result = genNext.call(inner.i, v) as { done: boolean; value: unknown };
      } catch (e) {
        m.k = k;
        m.i = null;
        return resume(m, 1, e);
      }
      m.k = k;
      if (!result.done) return result;
      m.i = null;
      return resume(m, 0, result.value);
    }
    m.k = RUNNING;
    var value: unknown;
    try {
      value = m.f(m, k, 0, v);
    } catch (e) {
      finish(m);
      throw e;
    }
    if (m.k === RUNNING) {
      finish(m);
      return { value: value, done: true };
    }
    // The step began a `yield*`: its first round goes to the inner iterator now.
    if (m.i !== null) return resume(m, 0, void 0);
    return { value: value, done: false };
  };

  // Made as properties of an object literal, so that each is named after its key.
  defineAll(GeneratorPrototype, {
    next: genNext,
    "return": function (this: unknown, v: unknown) {
      return resumeOther(this, 2, v, "return");
    },
    "throw": function (this: unknown, e: unknown) {
      return resumeOther(this, 1, e, "throw");
    },
  });

  rt.gen = gen;
  // @end
  // @section iteration
  // ---- iteration helpers ----------------------------------------------------------------

  // An ES5 engine (Duktape) has no built-in iterators: there, and only there, arrays, strings
  // and arguments objects iterate by index as the built-in iterators would, so that lowered
  // code runs without a polyfill. Where arrays have an iterator method this never applies.
  var indexedFallback = !([] as unknown as Record<string | symbol, unknown>)[iteratorSymbol];
  var objectToString = Object.prototype.toString;
  /**
   * The built-in iteration of an array or an arguments object; a string's is that of the array
   * of its code points (a surrogate pair, else one code unit: a string cannot change, so
   * splitting it first is not observable).
   */
  function indexIterator(x: ArrayLike<unknown>): { next: () => unknown } {
    var i = 0;
    if (typeof x === "string") x = x.match(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g) || [];
    return {
      next: function () {
        // As %ArrayIteratorPrototype%.next: the length is read at every step, and once done
        // the iterator stays done.
        if (x === void 0 || i >= x.length) {
          x = void 0 as never;
          return { value: void 0, done: true };
        }
        return { value: x[i++], done: false };
      },
    };
  }

  /** GetIterator(x, sync): the iterator record of `x`. */
  function iter(x: unknown): IteratorRecord {
    var method = x == null ? void 0 : (x as Record<string | symbol, unknown>)[iteratorSymbol];
    if (typeof method !== "function") {
      if (indexedFallback && x != null && (typeof x === "string" || Array.isArray(x) || objectToString.call(x) === "[object Arguments]")) {
        var indexed = indexIterator(x as ArrayLike<unknown>);
        return { i: indexed as unknown as Record<string, unknown>, n: indexed.next };
      }
      throw new TypeError(String(x) + " is not iterable");
    }
    var it = method.call(x);
    if (!isObject(it)) throw new TypeError("Result of the Symbol.iterator method is not an object");
    return { i: it, n: it.next };
  }

  /** IteratorStep without the done test: the checked result of calling the recorded `next`. */
  function step(record: IteratorRecord): unknown {
    return checkResult((record.n as () => unknown).call(record.i));
  }

  function resultError(r: unknown): TypeError {
    return new TypeError("Iterator result " + String(r) + " is not an object");
  }
  function checkResult(r: unknown): unknown {
    if (!isObject(r)) throw resultError(r);
    return r;
  }

  /** IteratorClose. On a throw completion, errors from `return` are ignored, and so is its result. */
  function closeIterator(record: IteratorRecord, onThrow: boolean): void {
    var it = record.i;
    try {
      var method = it["return"];
      if (method != null) {
        var result = (method as () => unknown).call(it);
        if (!onThrow) checkResult(result);
      }
    } catch (e) {
      if (!onThrow) throw e;
    }
  }

  /** The error `yield*` throws when its inner iterator has no `throw` method. */
  function noThrowMethod(): TypeError {
    return new TypeError("The iterator does not provide a 'throw' method");
  }

  rt.iter = iter;
  rt.step = step;
  rt.noThrowMethod = noThrowMethod;
  rt.close = closeIterator;
  rt.checkResult = checkResult;
  // @end
  // @section forIn
  function forIn(o: unknown): { k: string[]; i: number; o: unknown } {
    var keys: string[] = [];
    if (o != null) {
      var seen: Record<string, boolean> = {};
      for (var key in o as object) {
        if (!Object.prototype.hasOwnProperty.call(seen, key)) {
          seen[key] = true;
          keys.push(key);
        }
      }
    }
    return { k: keys, i: 0, o: o };
  }

  /** The next key still present (a key deleted before it is reached is skipped). */
  function nextKey(state: { k: string[]; i: number; o: unknown }): string | undefined {
    while (state.i < state.k.length) {
      var key = state.k[state.i++]!;
      if (key in Object(state.o)) return key;
    }
    return void 0;
  }

  rt.forIn = forIn;
  rt.nextKey = nextKey;
  // @end
  // @section destructuring
  function requireObject(x: unknown): void {
    if (x == null) throw new TypeError("Cannot destructure '" + String(x) + "' as it is " + (x === null ? "null" : "undefined") + ".");
  }

  /**
   * `{ a, ...rest } = source`: the spec's CopyDataProperties. Own keys in the engine's order
   * (strings, then symbols; one `ownKeys` for a proxy), each checked for enumerability and then
   * read, and defined on the copy (so "__proto__" is an own property, not the prototype).
   * `used` holds the keys taken before (already property keys: strings, symbols, numbers).
   */
  function objectRest(source: unknown, used: unknown[]): Record<string | symbol, unknown> {
    var out: Record<string | symbol, unknown> = {};
    var from = Object(source) as Record<string | symbol, unknown>;
    var keys: Array<string | symbol> = ownKeys
      ? ownKeys(from)
      : (Object.getOwnPropertyNames(from) as Array<string | symbol>).concat(getOwnSymbols ? getOwnSymbols(from) : []);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i]!;
      var excluded = false;
      for (var j = 0; j < used.length && !excluded; j++) {
        excluded = (typeof used[j] === "symbol" ? used[j] : String(used[j])) === key;
      }
      if (excluded) continue;
      var own = Object.getOwnPropertyDescriptor(from, key);
      if (own && own.enumerable) {
        Object.defineProperty(out, key, { value: from[key], writable: true, enumerable: true, configurable: true });
      }
    }
    return out;
  }
  var ownKeys: ((o: object) => Array<string | symbol>) | undefined = typeof Reflect === "object" && Reflect !== null ? Reflect.ownKeys : void 0;
  var getOwnSymbols: ((o: object) => symbol[]) | undefined = Object.getOwnPropertySymbols;

  rt.requireObject = requireObject;
  rt.objectRest = objectRest;
  // @end
  // @section receiver
  // ---- the `this` of a sloppy function whose wrapper is strict ----------------------------
  // A lowered sloppy function's wrapper is strict where it can be (so that, as natively for a
  // generator or async function, it has no own `caller` and `arguments`); its body, sloppy
  // still, must see the receiver a sloppy function sees: the global object for null or
  // undefined, an object for a primitive.
  var sloppyGlobal: object =
    typeof globalThis === "object" && globalThis ? globalThis : (Function("return this")() as object);
  function sloppyThis(value: unknown): object {
    return value == null ? sloppyGlobal : Object(value);
  }
  rt.sloppyThis = sloppyThis;
  // @end
  // @section bindings
  // ---- let/const/class bindings read before their declaration ran (TDZ) ------------------
  // A binding the analysis cannot prove initialised at some use holds this function itself
  // until its declaration runs (any unique object would do; user code never gets it, and
  // keeping it a function keeps every runtime entry callable). Proven uses cost nothing.
  function tdz(value: unknown, name: string): unknown {
    if (value === tdz) throw new ReferenceError("Cannot access '" + name + "' before initialization");
    return value;
  }
  /** `x = e` on a binding that may be uninitialised: `e` runs first, then the check. */
  function tdzSet(current: unknown, name: string, value: unknown): unknown {
    tdz(current, name);
    return value;
  }
  /**
   * A destructuring target for a binding that may be uninitialised: `target` (an object whose
   * `v` writes the binding) when it is initialised, else one whose `v` throws when the
   * pattern assigns it (the pattern evaluates targets before it reads values, as natively).
   */
  function tdzTarget(current: unknown, name: string, target: object): object {
    if (current !== tdz) return target;
    return { set v(_: unknown) { tdz(tdz, name); } };
  }
  /** Assigning a `const`: a TypeError, after the right side ran. */
  function constant(name: string): never {
    throw new TypeError("Assignment to constant variable '" + name + "'.");
  }
  /** A destructuring target for a `const`: assigning it throws (the TDZ's error first). */
  function constantTarget(current: unknown, name: string): object {
    return { set v(_: unknown) { tdz(current, name); constant(name); } };
  }
  rt.tdz = tdz;
  rt.tdzSet = tdzSet;
  rt.tdzTarget = tdzTarget;
  rt.constant = constant;
  rt.constantTarget = constantTarget;
  // @end
  // @section async
  // ---- async functions ------------------------------------------------------------------

  var AsyncFunctionPrototype = functionPrototype(null, "AsyncFunction", function AsyncFunction(_source: string): unknown {
    // `async function anonymous(…)`, inheriting from the stand-in's prototype.
    return setPrototypeOf(compileFunction("async " + "function", arguments), AsyncFunctionPrototype);
  });
  kinds[2] = [AsyncFunctionPrototype, null];
  /**
   * A lowered async function (declaration, expression or arrow) inherits from
   * %AsyncFunction.prototype%'s stand-in, as natively; methods are marked by markMethods.
   */
  function markAsync(fn: object): object {
    setPrototypeOf(fn, AsyncFunctionPrototype);
    return fn;
  }

  /** Whether `resolve` makes a new promise for a primitive each time (see asyncFn). */
  var freshResolve = resolve.call(P, 0) !== resolve.call(P, 0);
  function asyncFn(self: unknown, fn: unknown, stepFn: Machine["f"], slots: unknown[]): Promise<unknown> {
    newTarget(self, fn);
    var m: Machine = { k: RUNNING, s: slots, f: stepFn, res: void 0, rej: void 0, onF: null, onR: null };
    var value: unknown;
    try {
      value = stepFn(m, 0, 0, void 0);
    } catch (e) {
      finish(m);
      return reject.call(P, e) as Promise<unknown>;
    }
    // Even done without awaiting, the function's promise is a new one, as natively. For a
    // primitive, `resolve` makes it fulfilled at once, without an executor and resolving
    // functions, where the engine's `resolve` makes a new promise each time (Hermes's hands out
    // one shared promise for some primitives: there, and for an object, which `resolve` could
    // hand back itself, the promise is made with `new` and resolved as natively). Made only
    // now: creating a promise runs no user code, so it may follow the first step.
    if (m.k === RUNNING && freshResolve && !isObject(value)) {
      finish(m);
      return resolve.call(P, value) as Promise<unknown>;
    }
    var promise = promiseFor(m);
    settleOrAwait(m, value);
    return promise;
  }

  function driveAsync(m: Machine, mode: number, sent: unknown): void {
    var value: unknown;
    if (mode === 1 && (m.k & 1) === 0) {
      // A rejection at a plain await (no handler there): the function rejects.
      finish(m);
      m.rej!(sent);
      return;
    }
    var state = m.k;
    m.k = RUNNING;
    try {
      value = m.f(m, state, mode, sent);
    } catch (e) {
      finish(m);
      m.rej!(e);
      return;
    }
    settleOrAwait(m, value);
  }

  /** After a step: resolve with the completion value, or await the operand it suspended on. */
  function settleOrAwait(m: Machine, value: unknown): void {
    if (m.k === RUNNING) {
      finish(m);
      m.res!(value);
      return;
    }
    // Made at the first await only: a function that never awaits allocates no handlers.
    if (!m.onF) {
      m.onF = function (v: unknown) { driveAsync(m, 0, v); };
      m.onR = function (e: unknown) { driveAsync(m, 1, e); };
      m.onV = function () { var v = m.v; m.v = void 0; driveAsync(m, 0, v); };
    }
    awaitFor(m, value);
  }

  rt.async = asyncFn;
  rt.markAsync = markAsync;
  // @end
  // @section asyncGen
  // (Declared in each section that uses it, so that a file without one carries neither.)
  var asyncIteratorSymbol: symbol | string = hasSymbol && Symbol.asyncIterator ? Symbol.asyncIterator : "@@asyncIterator";
  var ASYNC_KEY: string | symbol = hasSymbol ? Symbol("slotMachineAsync") : "__slotMachineAsync";
  // ---- async generators -----------------------------------------------------------------

  var AsyncIteratorPrototype: object = {};
  define(AsyncIteratorPrototype, asyncIteratorSymbol, function (this: unknown) { return this; });
  var AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype);
  if (toStringTag) Object.defineProperty(AsyncGeneratorPrototype, toStringTag, { value: "AsyncGenerator", configurable: true });
  kinds[1] = [
    functionPrototype(AsyncGeneratorPrototype, "AsyncGeneratorFunction", function AsyncGeneratorFunction(_source: string): unknown {
      return compile("async ", arguments, 1);
    }),
    AsyncGeneratorPrototype,
  ];

  function asyncGen(self: unknown, fn: unknown, stepFn: Machine["f"], slots: unknown[], plain?: number): object {
    newTarget(self, fn);
    var m: Machine = { k: 0, s: slots, f: stepFn, i: null, o: null, q: [], a: 0, w: 0, onF: null, onR: null };
    return instance(fn, AsyncGeneratorPrototype, "a", m, plain, ASYNC_KEY);
  }

  function enqueue(o: unknown, mode: number, value: unknown, method: string): Promise<unknown> {
    // Made with every field, then set by promiseFor: an interpreter adds no property later.
    var req = { m: mode, v: value, res: void 0, rej: void 0 } as unknown as Request;
    var promise = promiseFor(req);
    // As in an executor, anything thrown here (a Proxy's trap) rejects the request.
    try {
      var m = o == null ? void 0 : (o as Record<string | symbol, Machine>)[ASYNC_KEY];
      if (!m || m.o !== o) {
        var engine = enginePrototypes[1];
        if (engine) return engine[method.slice(method.lastIndexOf(".") + 1)]!.call(o, value) as Promise<unknown>;
        req.rej(new TypeError(method + " method called on incompatible receiver"));
      } else {
        m.q!.push(req);
        if (m.k !== RUNNING && !m.a) drain(m);
      }
    } catch (e) {
      req.rej(e);
    }
    return promise;
  }

  /** Serves queued requests while the generator is not running or awaiting. */
  function drain(m: Machine): void {
    var q = m.q!;
    while (q.length > 0 && m.k !== RUNNING) {
      var req = q[0]!;
      if (m.k === DONE || (m.k === 0 && req.m !== 0)) {
        finish(m);
        if (req.m === 2) {
          // AsyncGeneratorAwaitReturn: the completed generator awaits the value.
          m.k = RUNNING;
          awaitReturn(m, req);
          return;
        }
        q.shift();
        if (req.m === 1) req.rej(req.v);
        else req.res({ value: void 0, done: true });
        continue;
      }
      step1(m, req.m, req.v);
    }
  }

  function awaitReturn(m: Machine, req: Request): void {
    try {
      // As in awaitFor, a `then` that throws (Hermes reads `constructor` there) registered nothing.
      then.call(
        resolve.call(P, req.v),
        function (v: unknown) { m.k = DONE; m.q!.shift(); req.res({ value: v, done: true }); drain(m); },
        function (e: unknown) { m.k = DONE; m.q!.shift(); req.rej(e); drain(m); },
      );
    } catch (e) {
      m.k = DONE;
      m.q!.shift();
      req.rej(e);
      drain(m);
    }
  }

  /** Runs the machine until it yields, completes, throws or awaits. */
  function step1(m: Machine, mode: number, sent: unknown): void {
    var q = m.q!;
    var value: unknown;
    m.a = 0;
    var state = m.k;
    m.k = RUNNING;
    try {
      value = m.f(m, state, mode, sent);
    } catch (e) {
      finish(m);
      q.shift()!.rej(e);
      return;
    }
    if (m.k === RUNNING) {
      finish(m);
      q.shift()!.res({ value: value, done: true });
      return;
    }
    if (m.a) {
      // Awaiting: the machine counts as running (requests queue up) until the operand settles,
      // then resumes at the state it left, `w`. One pair of handlers per machine, made at its
      // first await (one await at a time can be pending). After the await of a `yield`
      // (m.a 2) the value is yielded here: the step already left the machine at that yield.
      m.w = m.k;
      m.k = RUNNING;
      if (!m.onF) {
        m.onF = function (v: unknown) {
          var yielded = m.a === 2;
          m.k = m.w!;
          m.a = 0;
          if (yielded) m.q!.shift()!.res({ value: v, done: false });
          else step1(m, 0, v);
          drain(m);
        };
        m.onR = function (e: unknown) { m.k = m.w!; m.a = 0; step1(m, 1, e); drain(m); };
        m.onV = function () { var v = m.v; m.v = void 0; m.onF!(v); };
      }
      awaitFor(m, value);
      return;
    }
    q.shift()!.res({ value: value, done: false });
  }

  defineAll(AsyncGeneratorPrototype, {
    next: function (this: unknown, v: unknown) {
      return enqueue(this, 0, v, "AsyncGenerator.prototype.next");
    },
    "return": function (this: unknown, v: unknown) {
      return enqueue(this, 2, v, "AsyncGenerator.prototype.return");
    },
    "throw": function (this: unknown, e: unknown) {
      return enqueue(this, 1, e, "AsyncGenerator.prototype.throw");
    },
  });

  rt.asyncGen = asyncGen;
  // @end
  // @section asyncIter
  var asyncIteratorSymbol: symbol | string = hasSymbol && Symbol.asyncIterator ? Symbol.asyncIterator : "@@asyncIterator";
  /**
   * GetIterator(x, async): the iterator record of an async iterator, or of a sync one adapted
   * to the async protocol.
   */
  function asyncIter(x: unknown): IteratorRecord {
    var method = x == null ? void 0 : (x as Record<string | symbol, unknown>)[asyncIteratorSymbol];
    var it: Record<string, unknown>;
    if (method == null) {
      it = fromSync(iter(x));
    } else {
      if (typeof method !== "function") throw new TypeError(String(x) + " is not async iterable");
      it = method.call(x);
      if (!isObject(it)) throw new TypeError("Result of the Symbol.asyncIterator method is not an object");
    }
    return { i: it, n: it.next };
  }

  /**
   * CreateAsyncFromSyncIterator, as Node's engine implements it (the oracle): a rejected item
   * does not close the sync iterator, and `throw` on an iterator without one rejects with the
   * thrown value.
   */
  function fromSync(record: IteratorRecord): Record<string, unknown> {
    var it = record.i;
    function settle(r: unknown): Promise<unknown> {
      if (!isObject(r)) return reject.call(P, resultError(r));
      var res = r as { done: unknown; value: unknown };
      var done = !!res.done;
      return then.call(resolve.call(P, res.value), function (v: unknown) { return { value: v, done: done }; }) as Promise<unknown>;
    }
    /** Calls a method of the sync iterator with the value only if one was passed ("if value is present"). */
    function pass(method: unknown, args: IArguments): unknown {
      return args.length ? (method as (v: unknown) => unknown).call(it, args[0]) : (method as () => unknown).call(it);
    }
    return {
      next: function () {
        try { return settle(pass(record.n, arguments)); } catch (e) { return reject.call(P, e); }
      },
      "return": function (v: unknown) {
        try {
          var m = it["return"];
          if (m == null) return resolve.call(P, { value: v, done: true }) as Promise<unknown>;
          return settle(pass(m, arguments));
        } catch (e) { return reject.call(P, e); }
      },
      "throw": function (v: unknown) {
        try {
          var m = it["throw"];
          if (m == null) return reject.call(P, v);
          return settle(pass(m, arguments));
        } catch (e) { return reject.call(P, e); }
      },
    };
  }
  rt.asyncIter = asyncIter;
  // @end

  return rt;
}
