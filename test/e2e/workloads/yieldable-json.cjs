// Workload for yieldable-json 2.1.0: JSON.parse and JSON.stringify written as generators that
// yield every few steps and are resumed from setImmediate, so a big document is processed in
// many slices (each a resume of a lowered generator holding deep recursion state). Exercises
// replacers (function and array), revivers, indentation, intensity (slice size), malformed
// input and a cyclic value; every result is compared with the built-in JSON's.
"use strict";
const yj = require("yieldable-json");

let operations = 0;
const print = (...parts) => { operations++; console.log(parts.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ")); };
const doc = {
  a: [1, 2.5, -0.125, 1e21, "three", null, true, false, { b: "x\"y\\z\u00e9\n\t\u0001", c: [[], {}] }],
  d: { e: { f: { g: [1, [2, [3, [4, [5]]]]] } } },
  big: Array.from({ length: 400 }, (_, i) => ({ i, s: `v${i}`, n: i % 3 ? null : [i, { deep: i % 2 === 0 }] })),
};
const stringify = (...args) => new Promise((resolve) => yj.stringifyAsync(...args, (error, text) => resolve(error ? `error ${error.name}: ${error.message}` : text)));
const parse = (...args) => new Promise((resolve) => yj.parseAsync(...args, (error, value) => resolve(error ? `error ${error.name}: ${error.message}` : value)));

async function main() {
  const text = await stringify(doc);
  print("stringify", text.length, text === JSON.stringify(doc), text.slice(0, 90));
  const spaced = await stringify(doc, null, 2, 4);
  print("stringify spaced", spaced.length, spaced.slice(0, 150));
  print("stringify replacer array", await stringify({ a: 1, b: [1, 2], c: { d: 2, a: 3 } }, ["a", "c"]));
  print("stringify replacer function", await stringify({ a: 1, b: "x", c: [1, { d: 2 }] }, (key, value) => (typeof value === "number" ? value * 10 : value)));
  print("stringify intensity 1", (await stringify(doc, null, 0, 1)) === text);
  print("stringify primitives", await stringify("str"), await stringify(12), await stringify(null));
  const cyclic = { a: 1 };
  cyclic.self = cyclic;
  print("stringify cyclic", await stringify(cyclic));
  const parsed = await parse(JSON.stringify(doc));
  print("parse", JSON.stringify(parsed) === JSON.stringify(doc));
  print("parse intensity 32", JSON.stringify(await parse(JSON.stringify(doc), null, 32)) === JSON.stringify(doc));
  print("parse reviver", await parse('{"a":[1,2,{"b":3}],"c":"d"}', (key, value) => (typeof value === "number" ? value + 1 : value), 8));
  print("parse buffer", await parse(Buffer.from('{"buf":[true]}')));
  for (const bad of ['{"a": [1, 2,', '[1, "unterminated', '{"a" 1}', "tru", "[1,,2]", '{"a":1}}']) print("parse malformed", bad, await parse(bad));
  let total = 0;
  for (let round = 0; round < 6; round++) {
    const value = { round, items: Array.from({ length: 300 }, (_, i) => ({ i, tags: [`t${i % 7}`, round], nested: { x: i * round } })) };
    const out = await stringify(value, null, 0, 1 + (round % 4));
    const back = await parse(out, null, 1 + (round % 4));
    total += out.length + back.items.length;
    operations += 600;
  }
  print("bulk total", total);
  console.log(`workload: ${operations} operations`);
}
main().catch((error) => { console.log("main failed", error && error.message); process.exitCode = 1; });
