/**
 * The wrapper: the lowered function keeps its name, parameters (so `length` and call-time
 * evaluation of defaults are native) and kind of definition; its body becomes one call into
 * the runtime with the step function and the initial slot array (the start's live locals).
 *
 *   function* g(a, b) { … }   →   function g(a, b) { return rt.gen(this, g, function (…) { … }, [a, b]); }
 *
 * In sloppy code the wrapper is strict where the prepared function allows it
 * (../ir/environment.ts, `wrapperMayBeStrict`): it then has no own `caller` and `arguments`,
 * as natively. The step function must then stay outside it, so that the body stays sloppy: a
 * declaration's step is its sibling, an expression's is declared in the helper that binds the
 * expression's own name per evaluation:
 *
 *   var f = function* g() { … }   →   var f = (function (g) { return g = rt.mark(function g() { "use strict"; return rt.gen(this, g, _gStep, []); }); function _gStep(…) { … } })();
 *
 * Named generator declarations get their prototype set where they are hoisted
 * (`rt.mark(g)`), so `Object.getPrototypeOf(g())` is `g.prototype` as natively; async
 * functions inherit from %AsyncFunction.prototype%'s stand-in the same way (`rt.markAsync`).
 */
import { types as t } from "@babel/core";
import type { NodePath } from "@babel/core";
import type { FunctionGraph } from "../ir/types.js";
import type { SlotAssignment } from "../alloc/slots.js";
import type { FunctionKindName } from "../ir/types.js";
import { inferredName, positionName } from "../ir/names.js";
import { methodHolder, type ContainerMarks } from "./methods.js";

export interface WrapperInput {
  kind: FunctionKindName;
  graph: FunctionGraph;
  slots: SlotAssignment;
  step: t.FunctionExpression;
  runtimeName: string;
  wrapperParams: t.Function["params"];
  /** The wrapper gets "use strict" and the step is made outside it (../ir/environment.ts). */
  strictWrapper: boolean;
  helpers: Set<string>;
  /** Generator objects keep their state under a plain property: the helper gets a 1 more. */
  plainStateProperty: boolean;
  /** The file's wrapped objects and classes (./methods.ts). */
  marks: ContainerMarks;
}

export function buildWrapper(fn: NodePath<t.Function>, input: WrapperInput): void {
  const { kind, graph, slots, step, runtimeName } = input;
  const node = fn.node;
  const startMap = slots.atPoint[0]!;
  const inits: t.Expression[] = [];
  for (let i = 0; i < slots.slots; i++) inits.push(t.unaryExpression("void", t.numericLiteral(0)));
  for (const { local, init } of graph.startLocals) {
    const slot = startMap.get(local);
    if (slot !== undefined) inits[slot] = init;
  }
  // An anonymous function expression refers to itself through a binding made fresh per
  // evaluation: (function (self) { return self = rt.mark(function () { … self … }); })().
  // The runtime needs it to mark a generator, and to see that a call is a `new` (a TypeError).
  const anonymousExpression = t.isFunctionExpression(node) && !node.id;
  const methodSite = kind !== "async" ? methodHolder(fn, input.marks) : null;
  const selfRef = anonymousExpression ? fn.scope.parent!.generateUid("self") : selfReference(fn);
  const isArrow = t.isArrowFunctionExpression(node);
  const helper = kind === "generator" ? "gen" : kind === "async" ? "async" : "asyncGen";
  // A declaration directly in a program or function body shares its scope with a sibling
  // declaration: the step function is hoisted there, made once instead of once per call.
  const container = fn.parentPath;
  // A strict wrapper's step is its sibling wherever the declaration is (made as often as it).
  const hoistStep =
    fn.isFunctionDeclaration() &&
    (input.strictWrapper || container.isProgram() || (container.isBlockStatement() && container.parentPath.isFunction()));
  let stepRef: t.Expression = step;
  let stepOutsideExpression: t.FunctionDeclaration | null = null;
  if (hoistStep || (input.strictWrapper && fn.isFunctionExpression())) {
    const stepName = fn.scope.parent!.generateUid(`${(node as t.FunctionDeclaration).id?.name ?? "machine"}Step`);
    const decl = t.functionDeclaration(t.identifier(stepName), step.params, step.body);
    if (hoistStep) fn.insertAfter(decl);
    else stepOutsideExpression = decl;
    stepRef = t.identifier(stepName);
  }
  input.helpers.add(helper);
  const call = t.callExpression(t.memberExpression(t.identifier(runtimeName), t.identifier(helper)), [
    isArrow ? t.nullLiteral() : t.thisExpression(),
    methodSite ?? (selfRef ? t.identifier(selfRef) : t.nullLiteral()),
    stepRef,
    t.arrayExpression(inits),
    ...(input.plainStateProperty && kind !== "async" ? [t.numericLiteral(1)] : []),
  ]);
  node.params = input.wrapperParams;
  // Directives ("use strict") stay with the wrapper; the step function inherits them.
  const directives = t.isBlockStatement(node.body) ? node.body.directives : [];
  if (input.strictWrapper) directives.push(t.directive(t.directiveLiteral("use strict")));
  node.body = t.blockStatement([t.returnStatement(call)], directives);
  node.generator = false;
  node.async = false;

  // The helper that binds the expression's own name per evaluation also holds its step.
  const outside = stepOutsideExpression
    ? { self: anonymousExpression ? selfRef! : (node as t.FunctionExpression).id!.name, step: stepOutsideExpression }
    : null;
  if (kind === "async") {
    markAsyncFunction(fn, runtimeName, input.helpers, outside ?? (anonymousExpression ? { self: selfRef!, step: null } : null), input.marks);
    return;
  }
  const markArgs = (target: t.Expression): t.Expression[] => [target, ...(kind === "asyncGenerator" ? [t.booleanLiteral(true)] : [])];
  if (fn.isFunctionDeclaration()) {
    // Marked by the name it has where it is hoisted (a parameter or local of the same name
    // inside it does not matter there).
    const id = fn.node.id;
    if (!id) return;
    input.helpers.add("mark");
    hoistMark(fn, runtimeCall(runtimeName, "mark", markArgs(t.identifier(id.name))));
  } else if (fn.isFunctionExpression()) {
    input.helpers.add("mark");
    const marked = runtimeCall(runtimeName, "mark", markArgs(
      anonymousExpression ? namedAsInferred(fn, runtimeName, input.helpers, input.marks) : node as t.FunctionExpression,
    ));
    if (outside) fn.replaceWith(bindSelf(outside.self, marked, outside.step));
    else fn.replaceWith(anonymousExpression ? bindSelf(selfRef!, marked, null) : marked);
  }
}

function runtimeCall(runtimeName: string, helper: string, args: t.Expression[]): t.CallExpression {
  return t.callExpression(t.memberExpression(t.identifier(runtimeName), t.identifier(helper)), args);
}

/** A mark of a function declaration, run before any code of its block, as it is hoisted. */
function hoistMark(fn: NodePath<t.FunctionDeclaration>, mark: t.Expression): void {
  const parentPath = fn.parentPath;
  const container = parentPath.isExportDeclaration() ? parentPath.parentPath : parentPath;
  const body = container?.node;
  const stmt = t.expressionStatement(mark);
  if (body && (t.isBlockStatement(body) || t.isProgram(body))) body.body.unshift(stmt);
  else if (body && t.isSwitchCase(body)) body.consequent.unshift(stmt);
  else if (body && t.isStaticBlock(body)) body.body.unshift(stmt);
}

/**
 * A lowered async function inherits from %AsyncFunction.prototype%'s stand-in: a declaration
 * is marked where it is hoisted (`rt.markAsync(f);`), an expression or arrow where it is made
 * (`rt.markAsync(function () {…})`), keeping the name the source gives it. Methods are marked
 * with their object or class (wrapMethodContainer). Not marked: an anonymous
 * `export default async function () {}` (nothing names it where it is hoisted) and an async
 * arrow that is the value of a class field with a computed key (wrapping it would lose the
 * key's name: README, known gaps).
 */
function markAsyncFunction(
  fn: NodePath<t.Function>,
  runtimeName: string,
  helpers: Set<string>,
  binder: { self: string; step: t.FunctionDeclaration | null } | null,
  marks: ContainerMarks,
): void {
  const node = fn.node;
  if (fn.isFunctionDeclaration()) {
    const id = fn.node.id;
    if (!id) return;
    helpers.add("markAsync");
    hoistMark(fn, runtimeCall(runtimeName, "markAsync", [t.identifier(id.name)]));
    return;
  }
  if (!fn.isFunctionExpression() && !fn.isArrowFunctionExpression()) return;
  // An anonymous function is named by where it stands; in a call's argument it would not be.
  const named = (fn.isArrowFunctionExpression() || !fn.node.id) && positionName(node, fn.parent) !== null;
  // Named by a computed key that no holder keeps (a class field): an arrow stays unmarked
  // rather than lose the name. (An anonymous function expression there is unnamed already.)
  if (fn.isArrowFunctionExpression() && named && inferredName(fn.node, fn.parent) === null && !marks.computedKeyHolders.has(fn.parent)) return;
  helpers.add("markAsync");
  const marked = runtimeCall(runtimeName, "markAsync", [
    named ? namedAsInferred(fn, runtimeName, helpers, marks) : node as t.Expression,
  ]);
  fn.replaceWith(binder ? bindSelf(binder.self, marked, binder.step) : marked);
}

/** The anonymous function expression, keeping the name the source would infer, which wrapping in a call would lose. */
function namedAsInferred(fn: NodePath<t.Function>, runtimeName: string, helpers: Set<string>, marks: ContainerMarks): t.Expression {
  const inferred = inferredName(fn.node, fn.parent);
  const node = fn.node as t.FunctionExpression | t.ArrowFunctionExpression;
  const keyName = marks.computedKeyHolders.get(fn.parent);
  if (keyName && t.isObjectProperty(fn.parent) && fn.parent.computed) {
    // `[k]: function* () {}` → `[_key = rt.propertyKey(k)]: …({ [_key]: function () {…} })[_key]`:
    // the key is converted once, where the source converts it, and names the function natively.
    helpers.add("propertyKey");
    const converted = t.callExpression(t.memberExpression(t.identifier(runtimeName), t.identifier("propertyKey")), [
      fn.parent.key as t.Expression,
    ]);
    fn.parent.key = t.assignmentExpression("=", t.identifier(keyName), converted);
    const holder = t.objectExpression([t.objectProperty(t.identifier(keyName), node, true)]);
    return t.memberExpression(holder, t.identifier(keyName), true);
  }
  return inferred
    ? t.memberExpression(t.objectExpression([t.objectProperty(t.stringLiteral(inferred), node)]), t.stringLiteral(inferred), true)
    : // `self = function () {}` would name the function "self": a natively unnamed one stays so.
      t.sequenceExpression([t.numericLiteral(0), node]);
}

/**
 * An anonymous generator or async function expression that is the value of a computed-key
 * property is named by the key's run-time value, which its wrapper call would lose. When the
 * traversal enters such an object literal (before the functions are lowered), the literal is
 * wrapped in an arrow called per evaluation whose parameter holds the converted key between
 * the key and the value (`namedAsInferred`): `(_key => ({ … }))()`. An arrow keeps `this`,
 * `arguments`, `super` and `new.target`; an enclosing lowered function was lowered first, so no
 * `yield` or `await` is left in the literal.
 */

/** Returns true when it replaced the literal (the traversal then meets it again inside the arrow). */
export function wrapComputedKeyNames(path: NodePath<t.ObjectExpression>, marks: ContainerMarks): boolean {
  const named = path.node.properties.filter(
    (p): p is t.ObjectProperty =>
      t.isObjectProperty(p) && p.computed &&
      ((t.isFunctionExpression(p.value) && !p.value.id && (p.value.generator || p.value.async)) ||
        (t.isArrowFunctionExpression(p.value) && p.value.async)),
  );
  if (named.length === 0 || named.every((p) => marks.computedKeyHolders.has(p))) return false;
  const keyName = path.scope.generateUid("key");
  for (const p of named) marks.computedKeyHolders.set(p, keyName);
  path.replaceWith(t.callExpression(t.arrowFunctionExpression([t.identifier(keyName)], path.node), []));
  return true;
}

/**
 * (function (self) { return self = value; function step(…) { … } })(): `self` made fresh per
 * evaluation, and the step function, when it must be outside the wrapper, beside it.
 */
function bindSelf(self: string, value: t.Expression, step: t.FunctionDeclaration | null): t.CallExpression {
  return t.callExpression(
    t.functionExpression(null, [t.identifier(self)], t.blockStatement([
      t.returnStatement(t.assignmentExpression("=", t.identifier(self), value)),
      ...(step ? [step] : []),
    ])),
    [],
  );
}

/**
 * Before lowering: a parameter or top-level local of a function named like the function itself
 * is renamed (nothing but direct `eval`, which is refused, can tell), so that the wrapper can
 * refer to the function by its name (to find its `prototype`, and to see `new`).
 */
export function unshadowOwnName(fn: NodePath<t.Function>): void {
  const node = fn.node;
  if (!(t.isFunctionDeclaration(node) || t.isFunctionExpression(node)) || !node.id) return;
  const binding = fn.scope.getOwnBinding(node.id.name);
  if (binding && binding.kind !== "local") fn.scope.rename(node.id.name);
}

/** The function's own name, when it refers to the function everywhere inside it. */
function selfReference(fn: NodePath<t.Function>): string | null {
  const node = fn.node;
  if (!(t.isFunctionDeclaration(node) || t.isFunctionExpression(node)) || !node.id) return null;
  const name = node.id.name;
  // A parameter or local of the same name would shadow it in the wrapper.
  const binding = fn.scope.getOwnBinding(name);
  if (binding && binding.kind !== "local") return null;
  for (const p of node.params) if (Object.keys(t.getBindingIdentifiers(p)).includes(name)) return null;
  return name;
}
