// try/finally: closing a generator early still runs its finally block, and a yield inside
// finally suspends with the pending return kept aside.
function* withResource(name) {
  const log = [];
  try {
    log.push("open " + name);
    yield 1;
    yield 2;
    yield 3;
  } finally {
    log.push("close " + name);
    yield log.join(", ");
  }
}

const it = withResource("db");
console.log(it.next().value);
console.log(it.next().value);
console.log(JSON.stringify(it.return("early")));
console.log(JSON.stringify(it.next()));

for (const x of withResource("file")) console.log(x);
