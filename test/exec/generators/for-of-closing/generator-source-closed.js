// A for-of over another generator closes it: its finally runs when the loop breaks, or when
// the outer generator is closed while suspended in the loop.
function* source(tag) {
  try {
    yield tag + " 1";
    yield tag + " 2";
    yield tag + " 3";
  } finally {
    print(tag, "source finally");
  }
}
function* consumer() {
  for (const x of source("a")) {
    yield x;
    if (x === "a 2") break;
  }
  for (const y of source("b")) {
    yield y;
  }
}
const it = consumer();
let r = it.next();
while (!r.done && r.value !== "b 2") {
  print("yielded", r.value);
  r = it.next();
}
print("yielded", r.value);
print(JSON.stringify(it.return("done")));
