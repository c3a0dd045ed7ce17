// Prelude of every script test:engines runs on Hermes or Duktape: `print` and `console.log`
// formatting values exactly as test/harness/format.ts does under Node (the oracle), so a trace
// line depends on the value only. ES5.1, no engine extension: it must run unchanged on every
// engine. Like format.ts it never runs user code (no getter, toString or valueOf is called).
// Two things format.ts sees and ES5 cannot: a Proxy (Node prints "[Proxy]") and a BigInt
// on an engine without one; programs that print those are listed in the expectations.
(function (global) {
  var enginePrint = global.print;
  var toString = Object.prototype.toString;
  var hasOwn = Object.prototype.hasOwnProperty;
  var getDescriptor = Object.getOwnPropertyDescriptor;
  var getPrototype = Object.getPrototypeOf;
  var MAX_DEPTH = 4;
  var IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  var INDEX = /^(0|[1-9]\d*)$/;

  function ownKeys(value) {
    if (typeof Reflect === "object" && Reflect !== null && typeof Reflect.ownKeys === "function") return Reflect.ownKeys(value);
    var keys = Object.getOwnPropertyNames(value);
    return typeof Object.getOwnPropertySymbols === "function" ? keys.concat(Object.getOwnPropertySymbols(value)) : keys;
  }
  function symbolText(symbol) { return Symbol.prototype.toString.call(symbol); }
  function tagOf(value) { return toString.call(value).slice(8, -1); }
  // Reads an own or inherited data property without calling getters; undefined otherwise.
  function dataProperty(value, key) {
    for (var target = value; target !== null; target = getPrototype(target)) {
      var descriptor = getDescriptor(target, key);
      if (descriptor) return hasOwn.call(descriptor, "value") ? descriptor.value : undefined;
    }
    return undefined;
  }
  function functionText(fn) {
    var descriptor = getDescriptor(fn, "name");
    var name = descriptor && hasOwn.call(descriptor, "value") && typeof descriptor.value === "string" ? descriptor.value : "";
    return name === "" ? "[function]" : "[function " + name + "]";
  }
  function constructorName(value) {
    var proto = getPrototype(value);
    if (proto === null) return "null";
    var ctor = dataProperty(proto, "constructor");
    if (typeof ctor === "function") {
      var name = dataProperty(ctor, "name");
      if (typeof name === "string" && name !== "") return name;
    }
    return "Object";
  }
  function format(value, depth, seen) {
    switch (typeof value) {
      case "string": return JSON.stringify(value);
      case "number": return value === 0 && 1 / value < 0 ? "-0" : String(value);
      case "bigint": return String(value) + "n";
      case "boolean": return String(value);
      case "undefined": return "undefined";
      case "symbol": return symbolText(value);
      case "function": return functionText(value);
      case "object": return value === null ? "null" : formatObject(value, depth, seen);
      default: return "[" + typeof value + "]";
    }
  }
  function formatObject(value, depth, seen) {
    for (var i = 0; i < seen.length; i++) if (seen[i] === value) return "[Circular]";
    var tag = tagOf(value);
    if (tag === "Error") {
      var name = dataProperty(value, "name");
      var message = dataProperty(value, "message");
      return (typeof name === "string" ? name : "Error") + ": " + (typeof message === "string" ? message : "");
    }
    if (/^(Number|String|Boolean|Symbol|BigInt|Date|RegExp|Promise|Generator|AsyncGenerator|Map|Set|WeakMap|WeakSet)$/.test(tag) || /Iterator$/.test(tag)) {
      return "[object " + tag + "]";
    }
    var isArray = Array.isArray(value);
    if (depth >= MAX_DEPTH) return isArray ? "[Array]" : "[Object]";
    seen.push(value);
    try {
      if (isArray) return formatArray(value, depth, seen);
      var ctorName = constructorName(value);
      var body = formatProperties(value, depth, seen, false);
      var prefix = ctorName === "Object" ? "" : ctorName + " ";
      return body === "" ? prefix + "{}" : prefix + "{ " + body + " }";
    } finally {
      seen.pop();
    }
  }
  function formatArray(array, depth, seen) {
    var items = [];
    for (var i = 0; i < array.length; i++) {
      var descriptor = getDescriptor(array, String(i));
      items.push(descriptor ? descriptorText(descriptor, depth, seen) : "<hole>");
    }
    var extra = formatProperties(array, depth, seen, true);
    if (extra !== "") items.push(extra);
    return "[" + items.join(", ") + "]";
  }
  function descriptorText(descriptor, depth, seen) {
    if (hasOwn.call(descriptor, "value")) return format(descriptor.value, depth + 1, seen);
    if (descriptor.get && descriptor.set) return "[Getter/Setter]";
    return descriptor.get ? "[Getter]" : "[Setter]";
  }
  function formatProperties(value, depth, seen, skipIndices) {
    var parts = [];
    var keys = ownKeys(value);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var isSymbol = typeof key === "symbol";
      if (skipIndices && (key === "length" || (!isSymbol && INDEX.test(key)))) continue;
      var descriptor = getDescriptor(value, key);
      if (!descriptor || !descriptor.enumerable) continue;
      var keyText = isSymbol ? "[" + symbolText(key) + "]" : IDENTIFIER.test(key) ? key : JSON.stringify(key);
      parts.push(keyText + ": " + descriptorText(descriptor, depth, seen));
    }
    return parts.join(", ");
  }
  function formatValue(value) { return format(value, 0, []); }
  function print() {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(typeof arguments[i] === "string" ? arguments[i] : formatValue(arguments[i]));
    enginePrint(parts.join(" "));
  }
  global.print = print;
  global.console = { log: print };
  global.__engineTest = { formatValue: formatValue, print: enginePrint };
})(this);
