/**
 * Captures: which locals closures capture, and how they get them. A captured local that can
 * change after a closure was made lives in a cell (`{ v }`) and every reference goes through
 * it; one that cannot is handed over as a value. Closures are wrapped so that they receive
 * the cells (and values) they use as they are when the closure is made.
 */
import { types as t } from "@babel/core";
import type { NodePath, Scope } from "@babel/core";
import { containsSuspension } from "./suspensions.js";
import { keyOutsideOwnClass, outsideOwnClass } from "./class-outside.js";
import { eachChild, replaceChildren } from "./walk.js";
import { COMPUTED_NAME, isAnonymousFunctionLike, positionName } from "./names.js";
import { TdzMarks } from "./tdz-marks.js";
import { refusal } from "../errors.js";
import type { FunctionKindName } from "./types.js";
import type { Binding, FnPath, PreparedLocal, RuntimeAccess } from "./prepare-types.js";
import { isMethodNode, redirectWrites } from "./bindings.js";

/**
 * True for a captured variable that no code can see change once a closure referring to it
 * exists: it is never assigned after its declaration, and every closure referring to it is
 * made by a statement after the declaration in the same block, so the declaration has run
 * (statements of a block run in order; a resume re-enters the machine, not the source order).
 * Such a local needs no cell: each closure is handed the value when it is made (a loop's next
 * iteration or a later resume rebinds the step function's variable, never the closure's).
 *
 * `var` qualifies on the same terms: Babel counts a `var` with an initializer inside a loop as
 * reassigned (not `constant`), and one without an initializer is never written at all.
 * Not eligible: a `var` sharing a parameter's name (it starts with the parameter's value),
 * declarations in a loop head or a switch case (a case label can jump past them), a closure in
 * the declaration itself, and function declarations (made at block entry, before the
 * declaration runs).
 */
export function capturedByValue(binding: Binding, closureReads: readonly NodePath[], paramNames: Set<string>): boolean {
  const kind = binding.kind;
  if ((kind !== "let" && kind !== "const" && kind !== "var") || !binding.constant) return false;
  const name = binding.identifier.name;
  if (kind === "var" && (paramNames.has(name) || name === "arguments")) return false;
  const declarator = binding.path;
  if (!declarator.isVariableDeclarator()) return false;
  const declaration = declarator.parentPath;
  const block = declaration?.parentPath;
  if (!declaration || !block || !block.isBlockStatement() || typeof declaration.key !== "number") return false;
  const declaredAt = declaration.key;
  // (A `constant` binding has no writes, so its closures only read it.)
  return closureReads.every((ref) => {
    const statement = ref.findParent((p) => p.parentPath === block);
    if (!statement || typeof statement.key !== "number" || statement.key <= declaredAt) return false;
    if (statement.isFunctionDeclaration()) return false;
    return !(statement.isLabeledStatement() && hoistsFunction(statement.node));
  });
}

/** A labelled function declaration (sloppy mode) is made at block entry, like any other. */
export function hoistsFunction(node: t.LabeledStatement): boolean {
  let body: t.Statement = node.body;
  while (t.isLabeledStatement(body)) body = body.body;
  return t.isFunctionDeclaration(body);
}

/**
 * A closure must capture the cell a binding has when the closure is made, not the step
 * function's variable that holds it (which later iterations and resumes reassign). Each nested
 * function or class that refers to cells is wrapped so that its cells are parameters:
 * `(function (c) { return () => c.v; })(c)`. (The names anonymous ones lose by being wrapped
 * are given back by names.ts, with every other name the lowering would change.)
 */
export function bindClosuresToCells(fn: FnPath, localsByName: Map<string, PreparedLocal>, kind: FunctionKindName, tdz: TdzMarks, runtime: RuntimeAccess): void {
  // Names a closure must be handed when it is made: cells, and locals captured by value.
  const handedNames = new Set([...localsByName.values()].filter((l) => l.cell || l.capturedByValue).map((l) => l.name));
  if (handedNames.size === 0) return;
  // A plain walk (not a Babel traversal: this runs on every lowered function): nested
  // functions and classes are found outermost-first and replaced in their parent.
  const mentions = (root: t.Node) => mentionedNames(root, handedNames);
  const handOver = (replacement: t.Expression, used: string[]) => handOverCall(replacement, used, tdz);
  const isMethod = (m: t.Node) => isMethodNode(m) || t.isClassPrivateMethod(m);
  // A function named by a computed key's run-time value must stay in its property to get it.
  const namedByComputedKey = (m: t.Node) => t.isObjectProperty(m) && isAnonymousFunctionLike(m.value) && positionName(m.value, m) === COMPUTED_NAME;
  const rewrite = (n: t.Node): t.Node => {
    // Methods (and functions named by a computed key) cannot be wrapped alone: an object
    // literal whose such members use cells is wrapped whole, when nothing in it suspends (it is
    // then evaluated at once, like the closure).
    if (t.isObjectExpression(n) && handedNames.size > 0 && n.properties.some((m) => isMethod(m) || namedByComputedKey(m)) && !containsSuspension(n, kind)) {
      const used = [...mentions(n)].sort();
      if (used.length > 0) return handOver(n, used);
    }
    if (t.isObjectMethod(n)) {
      // A method of an object that suspends: its computed key is the machine's, and the
      // builder hands the literal its cells once the suspensions are split out of it
      // (`ExpressionLowering.object`).
      return n;
    }
    if (t.isClassExpression(n) && containsSuspension(n, kind)) {
      return mentions(n).size > 0 ? handOverSuspendingClass(n) : n;
    }
    if ((t.isFunction(n) || t.isClass(n)) && !t.isFunctionDeclaration(n) && !t.isClassDeclaration(n)) {
      const used = [...mentions(n)].sort();
      return used.length > 0 ? handOver(n as t.Expression, used) : n;
    }
    // Declarations left here are native ones of opaque blocks (hoisted functions of the
    // machine were already made assignments): left as they are.
    if (t.isFunction(n) || t.isClass(n)) return n;
    walkChildren(n);
    return n;
  };
  // A class's `extends` clause and computed keys are evaluated where the class is defined, by
  // the lowered function; a suspension in them must stay there, where the machine lowers it.
  // They become the wrapper's first arguments, evaluated in native order (heritage, then keys
  // in source order, each converted to a property key at once, as natively) before the wrapper
  // makes the class. Keys after the last suspending one stay in the class: they are evaluated
  // after those, inside the wrapper, in strict code as natively.
  // (A suspension can only stand there: a field initializer or a method body is another function.)
  const handOverSuspendingClass = (cls: t.ClassExpression): t.Expression => {
    const params: t.Identifier[] = [];
    const args: t.Expression[] = [];
    const evaluatedOutside = (value: t.Expression, what: "heritage" | "key"): t.Identifier => {
      const param = t.identifier(fn.scope.generateUid(what));
      params.push(param);
      // Closures in it are made by the lowered function, and need their cells too.
      const outside = what === "key" ? keyOutsideOwnClass(value, cls, uninitialisedRead, refuse) : outsideOwnClass(value, ownName, uninitialisedRead, refuse);
      const evaluated = rewrite(outside) as t.Expression;
      const isPrimitive = t.isLiteral(evaluated) && !t.isTemplateLiteral(evaluated) && !t.isRegExpLiteral(evaluated);
      args.push(what === "key" && !isPrimitive ? propertyKey(evaluated) : evaluated);
      return t.cloneNode(param);
    };
    const ownName = cls.id ? cls.id.name : null;
    const uninitialisedRead = (name: string): t.Expression => {
      runtime.helpers.add("tdz");
      const marker = t.memberExpression(t.identifier(runtime.name), t.identifier("tdz"));
      return t.callExpression(t.cloneNode(marker), [marker, t.stringLiteral(name)]);
    };
    const refuse = (reason: string): never => {
      throw refusal(fn, `cannot lower ${reason}.`);
    };
    const propertyKey = (key: t.Expression): t.Expression => {
      runtime.helpers.add("propertyKey");
      return t.callExpression(t.memberExpression(t.identifier(runtime.name), t.identifier("propertyKey")), [key]);
    };
    const members = cls.body.body;
    let last = -1;
    members.forEach((m, i) => {
      if (hasComputedKey(m) && containsSuspension(m.key, kind)) last = i;
    });
    if (cls.superClass) cls.superClass = evaluatedOutside(cls.superClass, "heritage");
    for (const m of members.slice(0, last + 1)) {
      if (hasComputedKey(m)) m.key = evaluatedOutside(m.key, "key");
    }
    // `(function (c) { return function (h, k) { return class extends h { [k]() {} }; }; })(c)(H, K)`:
    // the usual hand-over of the cells (whose arguments are no uses of the bindings), then a
    // call whose arguments are the class's own evaluation.
    const maker = t.functionExpression(null, params, t.blockStatement([t.returnStatement(cls)]));
    const used = [...mentions(cls)].sort();
    return t.callExpression(used.length > 0 ? handOver(maker, used) : maker, args);
  };
  const walkChildren = (n: t.Node): void => replaceChildren(n, rewrite);
  walkChildren(fn.node.body);
}

/** The names of `names` that `root` mentions anywhere (nested functions included). */
export function mentionedNames(root: t.Node, names: ReadonlySet<string>): Set<string> {
  const used = new Set<string>();
  const visit = (n: t.Node | null | undefined): void => {
    if (!n) return;
    if (t.isIdentifier(n) && names.has(n.name)) used.add(n.name);
    eachChild(n, visit);
  };
  visit(root);
  return used;
}

/**
 * `(function (c) { return replacement; })(c)`: `replacement` is made with the cells (and
 * by-value locals) `used` as they are at this moment, whatever the step function's variables
 * hold later. The TDZ pass knows the call is only a hand-over.
 */
export function handOverCall(replacement: t.Expression, used: readonly string[], tdz: TdzMarks): t.CallExpression {
  const wrapper = t.functionExpression(null, used.map((u) => t.identifier(u)), t.blockStatement([t.returnStatement(replacement)]));
  const call = t.callExpression(wrapper, used.map((u) => t.identifier(u)));
  tdz.handOvers.add(call);
  return call;
}

export type ComputedKeyMember = (t.ClassMethod | t.ClassProperty | t.ClassAccessorProperty) & { key: t.Expression };

/** A class member whose key is an expression the class's surroundings evaluate. */
export function hasComputedKey(m: t.ClassBody["body"][number]): m is ComputedKeyMember {
  return (t.isClassMethod(m) || t.isClassProperty(m) || t.isClassAccessorProperty(m)) && m.computed;
}

export function rewriteCellReferences(scope: Scope, name: string, fnNode: t.Function): void {
  const binding = scope.getBinding(name);
  if (!binding) return;
  const member = () => t.memberExpression(t.identifier(name), t.identifier("v"));
  // The parameter list is evaluated by the wrapper (or a helper), where parameters are plain:
  // neither its reads nor its writes go through the cell.
  for (const ref of binding.referencePaths) {
    if (ref.node && t.isIdentifier(ref.node, { name }) && !inParameterList(ref, fnNode)) ref.replaceWith(member());
  }
  redirectWrites(binding.constantViolations.filter((write) => !inParameterList(write, fnNode)), name, member);
}

/** True for code in the parameter list of `fnNode` (also inside its closures). */
export function inParameterList(path: NodePath, fnNode: t.Function): boolean {
  return path.findParent((q) => q.parentPath?.node === fnNode && q.listKey === "params") !== null;
}

/**
 * True for a parameter that a closure in the parameter list refers to and that something
 * writes after it is bound: natively that closure and the body see one binding. Not when the
 * body redeclares the name with `var` or a function declaration: with parameter expressions,
 * FunctionDeclarationInstantiation then gives the body a binding of its own, which starts with
 * the parameter's value (Babel records such a redeclaration as a write of the parameter).
 */
export function sharedWithParameterList(binding: Binding, fnNode: t.Function): boolean {
  if (binding.constant) return false;
  if (binding.constantViolations.some((w) => w.isVariableDeclarator() || w.isFunctionDeclaration())) return false;
  const inParameterClosure = (p: NodePath) => p.getFunctionParent()?.node !== fnNode && inParameterList(p, fnNode);
  return binding.referencePaths.some(inParameterClosure) || binding.constantViolations.some(inParameterClosure);
}
