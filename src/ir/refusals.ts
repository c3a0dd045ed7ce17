/**
 * Prepare's first pass: the constructs no lowering can keep exact (direct `eval`, `with`)
 * anywhere inside the function are refused with a code frame, before anything changes.
 */
import { types as t } from "@babel/core";
import { eachChild } from "./walk.js";
import { refusal } from "../errors.js";
import type { FnPath } from "./prepare-types.js";

/** Throws a code-frame error for direct eval or `with` anywhere inside the function. */
export function refuseUnsupported(fn: FnPath): void {
  // A plain walk finds candidates cheaply; only then does a scope-aware traversal decide
  // (an `eval` bound by the program is an ordinary function).
  let candidate = false;
  const look = (n: t.Node | null | undefined): void => {
    if (!n || candidate) return;
    if (t.isWithStatement(n) || (t.isCallExpression(n) && t.isIdentifier(n.callee, { name: "eval" }))) {
      candidate = true;
      return;
    }
    eachChild(n, look);
  };
  look(fn.node);
  if (!candidate) return;
  fn.traverse({
    WithStatement(p) {
      throw refusal(p,
        "`with` inside a generator or async function cannot be lowered: " +
          "it makes every name inside it resolve at run time, so the plugin cannot tell which locals " +
          "to keep across a suspension. Move the `with` into a separate, ordinary function.",
      );
    },
    CallExpression(p) {
      const callee = p.node.callee;
      if (t.isIdentifier(callee, { name: "eval" }) && !p.scope.getBinding("eval")) {
        throw refusal(p,
          "direct `eval` inside a generator or async function cannot be " +
            "lowered: evaluated code can read and write any local by name, which the plugin cannot " +
            "see to keep it across a suspension. Use indirect eval `(0, eval)(code)` or move the " +
            "code into an ordinary function.",
        );
      }
    },
  });
}
