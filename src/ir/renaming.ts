/**
 * Renaming: every local gets a name no other binding or free reference in the function uses
 * (so the builder and liveness can match locals by name), and writes to constants throw as
 * natively.
 */
import { types as t } from "@babel/core";
import type { NodePath } from "@babel/core";
import { TdzMarks } from "./tdz-marks.js";
import type { Binding, PreparedLocal, RuntimeAccess } from "./prepare-types.js";
import { replaceInPattern } from "./bindings.js";

/**
 * Inside its own body a class refers to its inner, immutable name (bound before static fields
 * and blocks run), not to the outer binding that prepare made a cell: those references keep
 * the source name, which the class expression binds (see rewriteDeclarations).
 */
export function keepInnerClassName(binding: Binding, cellName: string, sourceName: string): void {
  const classNode = binding.path.node;
  const inside = (ref: NodePath) => ref.findParent((p) => p.node === classNode) !== null;
  binding.referencePaths = binding.referencePaths.filter((ref) => {
    if (!inside(ref)) return true;
    if (t.isIdentifier(ref.node, { name: cellName })) ref.node.name = sourceName;
    return false;
  });
}

/**
 * Assigning a `const` throws a TypeError once the right side ran (after the TDZ check, which
 * the kept read of the binding gets from the TDZ pass when it is not proven initialised):
 *   c = e → (e, c, throw)    c += e → (c + e, throw)    c ||= e → c || (e, throw)
 *   c++ → (-c, throw)        [c] = e / for (c of …) → the target's setter throws (its read of
 *                            c is not checked: the setter throws the ReferenceError then)
 * (`-c` converts like `++` does, and accepts a BigInt.)
 */
export function rewriteConstantWrites(binding: Binding, local: PreparedLocal, runtime: RuntimeAccess, tdz: TdzMarks): void {
  const name = local.name;
  const read = (): t.Expression => (local.cell ? t.memberExpression(t.identifier(name), t.identifier("v")) : t.identifier(name));
  const call = (helper: string, args: t.Expression[] = []) => {
    runtime.helpers.add(helper);
    return t.callExpression(t.memberExpression(t.identifier(runtime.name), t.identifier(helper)), [...args, t.stringLiteral(local.displayName)]);
  };
  // The target's setter throws the TDZ's ReferenceError or the TypeError when it is assigned.
  const target = () => {
    const current = read();
    tdz.uncheckedReads.add(current);
    return t.memberExpression(call("constantTarget", [current]), t.identifier("v"));
  };
  for (const write of binding.constantViolations) {
    const node = write.node;
    if (t.isAssignmentExpression(node) && t.isIdentifier(node.left, { name })) {
      const op = node.operator;
      let replacement: t.Expression;
      if (op === "=") replacement = t.sequenceExpression([node.right, read(), call("constant")]);
      else if (op === "||=" || op === "&&=" || op === "??=") {
        replacement = t.logicalExpression(op.slice(0, 2) as "||" | "&&" | "??", read(), t.sequenceExpression([node.right, call("constant")]));
      } else {
        const binary = t.binaryExpression(op.slice(0, -1) as t.BinaryExpression["operator"], read(), node.right);
        replacement = t.sequenceExpression([binary, call("constant")]);
      }
      write.replaceWith(replacement);
    } else if (t.isUpdateExpression(node) && t.isIdentifier(node.argument, { name })) {
      write.replaceWith(t.sequenceExpression([t.unaryExpression("-", read()), call("constant")]));
    } else if (t.isAssignmentExpression(node)) {
      node.left = replaceInPattern(node.left, name, target) as t.AssignmentExpression["left"];
    } else if ((t.isForInStatement(node) || t.isForOfStatement(node)) && !t.isVariableDeclaration(node.left)) {
      node.left = replaceInPattern(node.left, name, target) as t.ForInStatement["left"];
    }
  }
}
