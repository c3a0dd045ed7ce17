// The shared next/throw/return reject receivers that are not generator objects with a
// TypeError; methods borrowed across generator functions work on any generator.
function* gen() { yield "from gen"; }
function* other() { yield "from other"; }
const next = gen().next;
for (const receiver of [{}, undefined, 1, [][Symbol.iterator]()]) {
  try {
    next.call(receiver);
    print("no error");
  } catch (e) {
    print("bad receiver", e instanceof TypeError);
  }
}
print(next.call(other()).value);
print(gen().return.call(other(), "r").value);
try {
  gen().throw.call(other(), new Error("thrown via borrowed"));
} catch (e) {
  print("borrowed throw", e.message);
}
