/**
 * The stable value formatter behind the programs' `print`. Native and lowered runs are compared
 * line by line, so a line must depend only on the value, never on engine internals: no source
 * text of functions, no stack traces, no enumeration of engine-made objects.
 *
 * Invariants:
 * - Formatting never runs user code: accessors are shown as `[Getter]`/`[Setter]` instead of
 *   being called, proxies as `[Proxy]` (a trap would add a line to the program's own log),
 *   and `toString`/`valueOf` are never called.
 * - Values come from another realm (the vm context), so nothing here uses `instanceof` or
 *   compares prototypes with the host's; it asks `Object.prototype.toString` and the
 *   prototype chain's shape instead.
 * - Top-level strings print as-is; nested strings are JSON-quoted so `["a, b"]` and
 *   `["a", "b"]` differ.
 */
import { types } from "node:util";

const MAX_DEPTH = 4;

export function formatArgs(args: readonly unknown[]): string {
  return args.map((value) => (typeof value === "string" ? value : formatValue(value))).join(" ");
}

export function formatValue(value: unknown): string {
  return format(value, 0, new Set<object>());
}

function format(value: unknown, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${String(value)}n`;
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return symbolText(value);
    case "function":
      return functionText(value as object);
    case "object":
      if (value === null) return "null";
      return formatObject(value, depth, seen);
    default:
      return `[${typeof value}]`;
  }
}

function symbolText(symbol: symbol): string {
  return symbol.description === undefined ? "Symbol()" : `Symbol(${symbol.description})`;
}

function functionText(fn: object): string {
  if (types.isProxy(fn)) return "[Proxy]";
  const descriptor = Object.getOwnPropertyDescriptor(fn, "name");
  const name = descriptor && "value" in descriptor && typeof descriptor.value === "string" ? descriptor.value : "";
  return name === "" ? "[function]" : `[function ${name}]`;
}

function tagOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** Reads an own or inherited data property without calling getters; undefined otherwise. */
function dataProperty(value: object, key: string): unknown {
  let target: object | null = value;
  while (target !== null) {
    if (types.isProxy(target)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) return "value" in descriptor ? descriptor.value : undefined;
    target = Object.getPrototypeOf(target) as object | null;
  }
  return undefined;
}

function constructorName(value: object): string {
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === null) return "null";
  const ctor = dataProperty(proto, "constructor");
  if (typeof ctor === "function") {
    const name = dataProperty(ctor, "name");
    if (typeof name === "string" && name !== "") return name;
  }
  return "Object";
}

function formatObject(value: object, depth: number, seen: Set<object>): string {
  if (types.isProxy(value)) return "[Proxy]";
  if (seen.has(value)) return "[Circular]";
  const tag = tagOf(value);
  if (tag === "Error" || types.isNativeError(value)) {
    const name = dataProperty(value, "name");
    const message = dataProperty(value, "message");
    return `${typeof name === "string" ? name : "Error"}: ${typeof message === "string" ? message : ""}`;
  }
  if (types.isBoxedPrimitive(value) || types.isDate(value) || types.isRegExp(value) || types.isPromise(value)) {
    // Their contents are engine state, not own properties; the tag is what both runs agree on.
    return `[object ${tag}]`;
  }
  if (tag === "Generator" || tag === "AsyncGenerator" || tag.endsWith("Iterator")) return `[object ${tag}]`;
  if (types.isMap(value) || types.isSet(value) || types.isWeakMap(value) || types.isWeakSet(value)) {
    return `[object ${tag}]`;
  }
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? "[Array]" : "[Object]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return formatArray(value, depth, seen);
    const name = constructorName(value);
    const body = formatProperties(value, depth, seen, () => true);
    const prefix = name === "Object" ? "" : `${name} `;
    return body === "" ? `${prefix}{}` : `${prefix}{ ${body} }`;
  } finally {
    seen.delete(value);
  }
}

function formatArray(array: readonly unknown[], depth: number, seen: Set<object>): string {
  const items: string[] = [];
  for (let i = 0; i < array.length; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(array, i);
    if (!descriptor) items.push("<hole>");
    else items.push(descriptorText(descriptor, depth, seen));
  }
  const extra = formatProperties(array, depth, seen, (key) => typeof key === "symbol" || !/^(0|[1-9]\d*)$/.test(key) );
  const inner = extra === "" ? items.join(", ") : [...items, extra].join(", ");
  return `[${inner}]`;
}

function descriptorText(descriptor: PropertyDescriptor, depth: number, seen: Set<object>): string {
  if ("value" in descriptor) return format(descriptor.value, depth + 1, seen);
  if (descriptor.get && descriptor.set) return "[Getter/Setter]";
  return descriptor.get ? "[Getter]" : "[Setter]";
}

function formatProperties(
  value: object,
  depth: number,
  seen: Set<object>,
  include: (key: string | symbol) => boolean,
): string {
  const parts: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    if (!include(key) || (Array.isArray(value) && key === "length")) continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !descriptor.enumerable) continue;
    const keyText = typeof key === "symbol" ? `[${symbolText(key)}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    parts.push(`${keyText}: ${descriptorText(descriptor, depth, seen)}`);
  }
  return parts.join(", ");
}
