/**
 * The runtime and the emitter agree on the protocol of src/protocol.ts. The runtime is emitted
 * as text and cannot import it, so hand-written step functions built from the protocol's names
 * drive the real runtime here: the machine's fields, RUNNING and DONE, the resume modes, and the
 * even/odd rule for plain resume states.
 */
import assert from "node:assert/strict";
import { createRuntime } from "../src/runtime/index.js";
import { AWAITING, DONE, isPlainState, MACHINE, MODE, RUNNING } from "../src/protocol.js";

type Machine = Record<string, unknown>;
type Step = (m: Machine, state: number, mode: number, sent: unknown) => unknown;
interface Runtime {
  gen(self: unknown, fn: unknown, step: Step, slots: unknown[]): Iterator<unknown> & { return(v?: unknown): IteratorResult<unknown>; throw(e?: unknown): IteratorResult<unknown> };
  iter(x: unknown): unknown;
  asyncGen(self: unknown, fn: unknown, step: Step, slots: unknown[]): AsyncGenerator<unknown>;
}

const rt = createRuntime() as unknown as Runtime;

/** A step function that records how it is called and suspends at `resumeState` once. */
function recorder(resumeState: number) {
  const calls: Array<{ state: number; mode: number; sent: unknown; k: unknown; slots: unknown }> = [];
  let machine: Machine | null = null;
  const step: Step = (m, state, mode, sent) => {
    machine = m;
    calls.push({ state, mode, sent, k: m[MACHINE.state], slots: m[MACHINE.slots] });
    if (state === 0) {
      m[MACHINE.state] = resumeState;
      return "first";
    }
    return `done after ${String(sent)}`; // leaves k RUNNING: completed
  };
  return { calls, step, machine: () => machine! };
}

describe("protocol: the runtime agrees with src/protocol.ts", function () {
  it("starts at state 0 with the slots it was given, running while the step runs", function () {
    const r = recorder(3);
    const g = rt.gen(undefined, null, r.step, ["slot0"]);
    assert.deepEqual(g.next(), { value: "first", done: false });
    assert.deepEqual(r.calls[0], { state: 0, mode: MODE.next, sent: undefined, k: RUNNING, slots: ["slot0"] });
    assert.equal(r.machine()[MACHINE.state], 3);
  });

  it("a step that leaves the state RUNNING completed; the machine is then DONE and its slots dropped", function () {
    const r = recorder(3);
    const g = rt.gen(undefined, null, r.step, ["slot0"]);
    g.next();
    assert.deepEqual(g.next("x"), { value: "done after x", done: true });
    assert.deepEqual(r.calls[1], { state: 3, mode: MODE.next, sent: "x", k: RUNNING, slots: ["slot0"] });
    assert.equal(r.machine()[MACHINE.state], DONE);
    assert.equal(r.machine()[MACHINE.slots], null);
  });

  it("throw() and return() at an odd (not plain) state call the step with their modes", function () {
    assert.equal(isPlainState(3), false);
    const r = recorder(3);
    const g = rt.gen(undefined, null, r.step, []);
    g.next();
    g.throw("boom");
    assert.equal(r.calls[1]!.mode, MODE.throw);
    const r2 = recorder(5);
    const g2 = rt.gen(undefined, null, r2.step, []);
    g2.next();
    g2.return("back");
    assert.equal(r2.calls[1]!.mode, MODE.return);
  });

  it("throw() and return() at an even (plain) state complete without calling the step", function () {
    assert.equal(isPlainState(4), true);
    const r = recorder(4);
    const g = rt.gen(undefined, null, r.step, []);
    g.next();
    assert.deepEqual(g.return("back"), { value: "back", done: true });
    assert.equal(r.calls.length, 1);
    const r2 = recorder(4);
    const g2 = rt.gen(undefined, null, r2.step, []);
    g2.next();
    assert.throws(() => g2.throw(new RangeError("out")), RangeError);
    assert.equal(r2.calls.length, 1);
  });

  it("a step that sets the delegate field to an iterator record has the runtime drive it", function () {
    let resumed: unknown = null;
    const step: Step = (m, state, _mode, sent) => {
      if (state === 0) {
        m[MACHINE.delegate] = rt.iter(["a", "b"]);
        m[MACHINE.state] = 1;
        return undefined;
      }
      resumed = sent;
      return "end";
    };
    const g = rt.gen(undefined, null, step, []);
    assert.deepEqual([g.next(), g.next(), g.next()], [
      { value: "a", done: false },
      { value: "b", done: false },
      { value: "end", done: true },
    ]);
    assert.equal(resumed, undefined, "resumed with the inner iterator's return value");
  });

  it("an async generator's step marks an await or a yield to await: the runtime awaits, then resumes the step or yields itself", async function () {
    const calls: Array<[number, number, unknown]> = [];
    const step: Step = (m, state, mode, sent) => {
      calls.push([state, mode, sent]);
      if (state === 0) {
        // `await` of a promise; resumes at state 1 with its value
        m[MACHINE.awaiting] = AWAITING.await;
        m[MACHINE.state] = 1;
        return Promise.resolve("awaited");
      }
      if (state === 1 || (state === 3 && sent === "in")) {
        // `yield` of a promise: the runtime awaits it and yields the value, no step call
        m[MACHINE.awaiting] = AWAITING.thenYield;
        m[MACHINE.state] = 3;
        return state === 1 ? Promise.resolve("yielded") : Promise.reject("rejected");
      }
      return `done after ${String(sent)}`; // leaves k RUNNING: completed
    };
    const g = rt.asyncGen(undefined, null, step, []);
    assert.deepEqual(await g.next(), { value: "yielded", done: false });
    assert.deepEqual(calls, [[0, MODE.next, undefined], [1, MODE.next, "awaited"]], "the yield's await did not call the step");
    // resumed at the yield (3): the step yields a rejected promise; its await throws in at 3
    assert.deepEqual(await g.throw("in"), { value: "done after rejected", done: true });
    assert.deepEqual(calls.slice(2), [[3, MODE.throw, "in"], [3, MODE.throw, "rejected"]]);
  });
});
