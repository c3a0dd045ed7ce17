// Regression (js-csp's workload, found by the e2e suite): a hoisted function whose parameter
// shadows a later `const` that an arrow captures by value is handed that name too; passing it
// while the const is uninitialised is not a use and must not throw.
function* main() {
  function* worker(id, input) {
    const job = yield input;
    return id + ":" + job;
  }
  const input = "channel";
  const workers = [1, 2].map((id) => worker(id, input));
  for (const w of workers) yield w.next().value;
  yield workers.map((w) => w.next("job").value).join();
}
print([...main()].join(" | "));
