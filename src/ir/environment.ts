/**
 * The function's environment: `this`, `arguments`, `super` and `new.target` of the lowered
 * function (and of its arrows, which share them) become locals the wrapper fills; in sloppy
 * mode, parameters a function reads through `arguments` stay one variable with it. Also what
 * the wrapper passes at the call (`startValue`) and, for async functions with non-simple
 * parameters, their evaluation inside the machine (`parametersInMachine`).
 */
import { types as t } from "@babel/core";
import type { NodePath } from "@babel/core";
import { refusal } from "../errors.js";
import type { FnPath, Prepared, PreparedLocal } from "./prepare-types.js";
import { assignment as assign } from "./ast.js";
import { subtreesWithout } from "./walk.js";
import { isAssignedTo, isMethodNode, isStrict, redirectWrites, skipNestedFunction, someOwnNode } from "./bindings.js";

/** `arguments`, as an identifier anywhere (a reference, a write, a property key): what the traversals below look for. */
const isArgumentsName = (node: t.Node): boolean => t.isIdentifier(node) && node.name === "arguments";

/** A node the environment rewrite may replace: `this`, `super`, a meta property, `arguments`. */
const isEnvironmentNode = (node: t.Node): boolean =>
  t.isThisExpression(node) || t.isSuper(node) || t.isMetaProperty(node) || isArgumentsName(node);

/** Whether the function's own code goes on inside `node`: not in a nested non-arrow function but for a computed method's key. */
const entersOwnCode = (node: t.Node): boolean =>
  !t.isFunction(node) || t.isArrowFunctionExpression(node) || (isMethodNode(node) && node.computed);

export function mapParametersToArguments(fn: FnPath): string | null {
  const node = fn.node;
  if (t.isArrowFunctionExpression(node) || isStrict(fn)) return null;
  if (node.params.length === 0 || !node.params.every((p) => t.isIdentifier(p))) return null;
  if (!someOwnNode(node.body, isArgumentsName)) return null;
  let usesArguments = false;
  fn.get("body").traverse({
    Function: skipNestedFunction,
    Identifier(p) {
      if (p.node.name !== "arguments" || !p.isReferencedIdentifier()) return;
      const declared = p.scope.getBinding("arguments");
      if (!declared || !(declared.scope.path === fn || declared.scope.path.isDescendant(fn))) usesArguments = true;
    },
  });
  if (!usesArguments) return null;
  const name = fn.scope.generateUid("arguments");
  node.params.forEach((param, index) => {
    const binding = fn.scope.getOwnBinding((param as t.Identifier).name);
    if (!binding || binding.kind !== "param") return;
    const member = () => t.memberExpression(t.identifier(name), t.numericLiteral(index), true);
    for (const ref of binding.referencePaths) {
      if (t.isIdentifier(ref.node, { name: binding.identifier.name })) ref.replaceWith(member());
    }
    redirectWrites(binding.constantViolations, binding.identifier.name, member);
  });
  return name;
}

/**
 * The cell of a parameter shared with closures of the parameter list (`parameterBinding`): made
 * where the parameter binding is in scope, its `v` reads and writes that binding.
 */
export function parameterAccessor(name: string, valueName: string): t.ObjectExpression {
  const v = () => t.identifier("v");
  return t.objectExpression([
    t.objectMethod("get", v(), [], t.blockStatement([t.returnStatement(t.identifier(name))])),
    t.objectMethod("set", v(), [t.identifier(valueName)], t.blockStatement([
      t.expressionStatement(t.assignmentExpression("=", t.identifier(name), t.identifier(valueName))),
    ])),
  ]);
}

/**
 * Replaces `this`, `arguments`, `super` and `new.target` of the lowered function (and of its
 * arrows, which share them) with locals the wrapper fills.
 */
export function replaceFunctionEnvironment(
  fn: FnPath,
  locals: PreparedLocal[],
  localsByName: Map<string, PreparedLocal>,
  mappedArguments: string | null,
  paramsInBody: boolean,
): void {
  const fnScope = fn.scope;
  let thisLocal: PreparedLocal | null = null;
  let argumentsLocal: PreparedLocal | null = null;
  if (mappedArguments) {
    argumentsLocal = { name: mappedArguments, displayName: "arguments", cell: false, capturedByValue: false, start: { kind: "arguments" }, blockScoped: false };
    locals.push(argumentsLocal);
    localsByName.set(mappedArguments, argumentsLocal);
  }
  // Most functions mention none of them: a plain look first spares the traversals.
  // Subtrees with none of them (null: the body has none) are skipped whole by the traversal
  // below (a closure in one would be given a scope to crawl, again once it is in the step
  // function). The walk stops at the functions the traversal skips, and enters a computed
  // method whole (the traversal only its key): it notes no subtree the traversal would change.
  const withoutEnvironment = subtreesWithout(fn.node.body, isEnvironmentNode, entersOwnCode);
  if (withoutEnvironment === null && !(paramsInBody && fn.node.params.some((p) => someOwnNode(p, isEnvironmentNode)))) return;
  let superGet: PreparedLocal | null = null;
  let superSet: PreparedLocal | null = null;
  const make = (display: string, start: PreparedLocal["start"]): PreparedLocal => {
    const local: PreparedLocal = { name: fnScope.generateUid(display), displayName: display, cell: false, capturedByValue: false, start, blockScoped: false };
    locals.push(local);
    localsByName.set(local.name, local);
    return local;
  };
  const getThis = () => (thisLocal ??= make("this", { kind: "this" }));
  // An arrow's `arguments` and `new.target` are its surroundings'. At the top level of a script
  // or module `arguments` is a free name, read when the code reaches it (it may be unbound):
  // the local is then a function that reads it.
  const isArrow = fn.isArrowFunctionExpression();
  const topLevelArrow = isArrow && fn.findParent((p) => p.isFunction() && !p.isArrowFunctionExpression()) === null;
  let newTargetLocal: PreparedLocal | null = null;
  // A nested function, a field's initializer and a static block have their own `this` (and
  // the rest); a computed key of a method or field, like the `extends` clause, is evaluated
  // where the class or object literal is, so it reads the lowered function's. (`skipKey` on the
  // member, not `skip` on the child path: a child's flags are reset when it is visited; the old
  // `skip` left `this` in a field initializer rewritten to the function's.)
  const visitor = {
    enter(p: NodePath) {
      if (withoutEnvironment?.has(p.node)) p.skip();
    },
    Function: skipNestedFunction,
    ClassProperty(p: NodePath<t.ClassProperty>) {
      p.skipKey("value");
    },
    ClassPrivateProperty(p: NodePath<t.ClassPrivateProperty>) {
      p.skipKey("value");
    },
    ClassAccessorProperty(p: NodePath<t.ClassAccessorProperty>) {
      p.skipKey("value");
    },
    StaticBlock(p: NodePath<t.StaticBlock>) {
      p.skip();
    },
    ThisExpression(p: NodePath<t.ThisExpression>) {
      p.replaceWith(t.identifier(getThis().name));
    },
    Identifier(p: NodePath<t.Identifier>) {
      if (p.node.name !== "arguments" || !(p.isReferencedIdentifier() || isAssignedTo(p))) return;
      // A binding of that name inside the function is an ordinary local. One outside it is
      // shadowed by a function's own `arguments`, and an arrow's wrapper reads it lexically.
      const declared = p.scope.getBinding("arguments");
      if (declared && (declared.scope.path === fn || declared.scope.path.isDescendant(fn))) return;
      // (A top-level arrow's free `arguments` is only read through its reader.)
      if (topLevelArrow && !p.isReferencedIdentifier()) return;
      argumentsLocal ??= make("arguments", { kind: topLevelArrow ? "argumentsReader" : "arguments" });
      if (!topLevelArrow) {
        p.replaceWith(t.identifier(argumentsLocal.name));
        return;
      }
      // `typeof arguments` of an unbound name is "undefined", not a ReferenceError.
      const read = (typeOf: boolean) => t.callExpression(t.identifier(argumentsLocal!.name), typeOf ? [t.booleanLiteral(true)] : []);
      if (p.parentPath.isUnaryExpression({ operator: "typeof" })) p.parentPath.replaceWith(read(true));
      else p.replaceWith(read(false));
    },
    MetaProperty(p: NodePath<t.MetaProperty>) {
      if (p.node.meta.name !== "new" || p.node.property.name !== "target") return;
      // Generators, async functions and methods are never constructed.
      if (!isArrow) p.replaceWith(t.unaryExpression("void", t.numericLiteral(0)));
      else p.replaceWith(t.identifier((newTargetLocal ??= make("newTarget", { kind: "newTarget" })).name));
    },
    Super(p: NodePath<t.Super>) {
      const member = p.parentPath;
      if (!member.isMemberExpression()) {
        throw refusal(p, "`super(...)` cannot appear in a generator or async function.");
      }
      const key: t.Expression = member.node.computed
        ? (member.node.property as t.Expression)
        : t.stringLiteral((member.node.property as t.Identifier).name);
      const outer = member.parentPath!;
      if (isPatternTarget(member)) {
        throw refusal(member, "`super.x` as a destructuring or for-in/of target is not supported in a lowered function (the machine reaches `super` through a helper, and a pattern cannot assign through it); assign to a local, then `super.x = local`.");
      }
      if (outer.isAssignmentExpression() && outer.node.left === member.node) {
        superSet ??= make("super", { kind: "superSet" });
        if (outer.node.operator !== "=") {
          if (member.node.computed) {
            throw refusal(outer, "compound assignment to a computed `super[...]` member is not supported in a lowered function; read it into a local first.");
          }
          superGet ??= make("super", { kind: "superGet" });
          const op = outer.node.operator.slice(0, -1) as t.BinaryExpression["operator"];
          outer.replaceWith(
            t.callExpression(t.identifier(superSet.name), [
              key,
              t.binaryExpression(op, t.callExpression(t.identifier(superGet.name), [t.cloneNode(key)]), outer.node.right),
            ]),
          );
          return;
        }
        outer.replaceWith(t.callExpression(t.identifier(superSet.name), [key, outer.node.right]));
        return;
      }
      if (outer.isUpdateExpression()) {
        throw refusal(outer, "`super.x++` is not supported in a lowered function; write `super.x = super.x + 1`.");
      }
      superGet ??= make("super", { kind: "superGet" });
      const read = t.callExpression(t.identifier(superGet.name), [key]);
      if (outer.isCallExpression() && outer.node.callee === member.node) {
        outer.replaceWith(
          t.callExpression(t.memberExpression(read, t.identifier("call")), [t.identifier(getThis().name), ...outer.node.arguments]),
        );
        return;
      }
      member.replaceWith(read);
    },
  };
  // Parameters are evaluated by the wrapper, which has the real `this` and `arguments`.
  fn.get("body").traverse(visitor);
  // Parameters evaluated inside the machine (async functions with non-simple parameters) run in
  // a helper function there, whose own `this` and `arguments` are not the function's: they use
  // the same locals as the body (one `arguments` object, as natively).
  if (paramsInBody) {
    for (const param of fn.get("params")) param.traverse(visitor);
  }
}

/** True when `path` is assigned by a pattern (an element, a property value, a rest, a default's
 * target) or by a for-in/of head, rather than by a plain `=`. */
export function isPatternTarget(path: NodePath): boolean {
  const parent = path.parentPath;
  if (!parent) return false;
  const node = path.node;
  if (parent.isArrayPattern() || parent.isRestElement()) return true;
  if (parent.isAssignmentPattern()) return parent.node.left === node;
  if (parent.isObjectProperty()) return parent.node.value === node && parent.parentPath.isObjectPattern();
  if (parent.isForInStatement() || parent.isForOfStatement()) return parent.node.left === node;
  return false;
}

/**
 * Async functions with non-simple parameters evaluate them inside the machine, so that a
 * throwing default rejects the promise instead of throwing at the call: a helper function
 * takes the call's arguments as its parameters and returns their values (for a parameter
 * that closures of the parameter list share with the body, its accessor). The wrapper keeps
 * `length`: one parameter for each before the first default or rest. An arrow has no
 * `arguments` of its own (its parameters and body see the surrounding one): its wrapper
 * collects the call's arguments in a rest parameter. Returns the statements that start the
 * machine and the wrapper's parameters (the function's own when nothing moves).
 */
export function parametersInMachine(
  fn: NodePath<t.Function>,
  prepared: Prepared,
  uid: (hint: string) => string,
  strictWrapper: boolean,
): { entryStatements: t.Statement[]; wrapperParams: t.Function["params"] } {
  const entryStatements: t.Statement[] = [];
  let wrapperParams: t.Function["params"] = fn.node.params;
  if (prepared.paramsInBody) {
    const params = fn.node.params;
    const firstOptional = params.findIndex((p) => t.isAssignmentPattern(p) || t.isRestElement(p));
    const leading = params.slice(0, firstOptional < 0 ? params.length : firstOptional).map((_, i) => uid(`p${i}`));
    wrapperParams = leading.map((n) => t.identifier(n));
    let argumentList: PreparedLocal;
    if (t.isArrowFunctionExpression(fn.node)) {
      const rest = uid("rest");
      wrapperParams.push(t.restElement(t.identifier(rest)));
      argumentList = addLocal(prepared.locals, prepared.localsByName, uid("arguments"), "arguments", { kind: "argumentList", leading, rest });
    } else {
      // A trailing parameter with a default makes the wrapper's parameter list non-simple, so
      // its `arguments` is unmapped (no `callee`, no aliasing), as the function's own would be.
      // It comes after the first default: `length` does not count it. A strict wrapper's
      // `arguments` is unmapped already.
      if (!strictWrapper) wrapperParams.push(t.assignmentPattern(t.identifier(uid("unmapped")), t.unaryExpression("void", t.numericLiteral(0))));
      argumentList = ensureLocal(prepared.locals, prepared.localsByName, "arguments", { kind: "arguments" }, uid);
    }
    const paramNames = params.flatMap((p) => Object.keys(t.getBindingIdentifiers(p)));
    const valueOf = (n: string) =>
      prepared.localsByName.get(n)!.parameterBinding ? parameterAccessor(n, uid("value")) : t.identifier(n);
    const evaluate = t.functionExpression(null, params as t.FunctionParameter[], t.blockStatement([
      t.returnStatement(t.arrayExpression(paramNames.map(valueOf))),
    ]));
    const values = addLocal(prepared.locals, prepared.localsByName, uid("params"), "parameters", null).name;
    entryStatements.push(assign(t.identifier(values), t.callExpression(t.memberExpression(evaluate, t.identifier("apply")), [
      t.unaryExpression("void", t.numericLiteral(0)),
      t.identifier(argumentList.name),
    ])));
    paramNames.forEach((n, i) => {
      const local = prepared.localsByName.get(n)!;
      const read = t.memberExpression(t.identifier(values), t.numericLiteral(i), true);
      entryStatements.push(assign(t.identifier(n), local.cell && !local.parameterBinding ? t.objectExpression([t.objectProperty(t.identifier("v"), read)]) : read));
    });
  }
  return { entryStatements, wrapperParams };
}

function ensureLocal(
  locals: PreparedLocal[],
  byName: Map<string, PreparedLocal>,
  display: string,
  start: PreparedLocal["start"],
  uid: (hint: string) => string,
): PreparedLocal {
  const existing = locals.find((l) => l.start?.kind === start?.kind);
  return existing ?? addLocal(locals, byName, uid(display), display, start);
}

function addLocal(
  locals: PreparedLocal[],
  byName: Map<string, PreparedLocal>,
  name: string,
  display: string,
  start: PreparedLocal["start"],
): PreparedLocal {
  const local: PreparedLocal = { name, displayName: display, cell: false, capturedByValue: false, start, blockScoped: false };
  locals.push(local);
  byName.set(local.name, local);
  return local;
}

/**
 * A native generator or async function has no own `caller` and `arguments` properties, but
 * every sloppy ES5 function does (V8 makes them non-configurable). So the wrapper of a
 * function in sloppy code is made strict (`"use strict"` in its body), its step function made
 * outside it so that the body stays sloppy, wherever nothing else changes with it:
 * - declarations and function expressions only (an arrow or a method has no such properties);
 * - a simple parameter list (a directive is not allowed beside defaults, rest or patterns, and a
 *   generator evaluates those in the wrapper), or an async function's, whose parameters are
 *   evaluated in the machine and whose wrapper's `arguments` is unmapped either way;
 * - a function expression whose body does not assign its own name: the step, made outside the
 *   wrapper, sees the name as a parameter of the enclosing helper, where an assignment would
 *   take effect instead of being ignored.
 * The `arguments` condition needs the prepared function: see `wrapperIsStrict`.
 */
const STRICT_UNBINDABLE = new Set(["eval", "arguments", "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"]);

export function wrapperMayBeStrict(fn: FnPath): boolean {
  const node = fn.node;
  if (!(t.isFunctionDeclaration(node) || t.isFunctionExpression(node)) || isStrict(fn)) return false;
  const simple = node.params.every((p) => t.isIdentifier(p));
  const paramsInMachine = !simple && node.async && !node.generator;
  if (!simple && !paramsInMachine) return false;
  // The directive applies to the function's own name and parameters too: a name strict code
  // cannot bind, or a repeated parameter, would make it a SyntaxError.
  // (Parameters evaluated in the machine are not the wrapper's.)
  const params = paramsInMachine ? [] : node.params.map((p) => (p as t.Identifier).name);
  if (new Set(params).size !== params.length) return false;
  if ([...params, ...(node.id ? [node.id.name] : [])].some((n) => STRICT_UNBINDABLE.has(n))) return false;
  if (t.isFunctionExpression(node) && node.id) {
    const own = fn.scope.getOwnBinding(node.id.name);
    if (own && own.kind === "local" && own.constantViolations.length > 0) return false;
  }
  return true;
}

/**
 * The wrapper is strict when it may be and the body does not use a mapped `arguments`: a strict
 * one has no `callee` and does not alias the parameters. (An async function whose parameters
 * are evaluated in the machine has an unmapped `arguments` natively.)
 */
export function wrapperIsStrict(mayBeStrict: boolean, prepared: Prepared): boolean {
  if (!mayBeStrict) return false;
  return prepared.paramsInBody || !prepared.locals.some((l) => l.start?.kind === "arguments");
}

/**
 * What the wrapper puts in a start local's slot (evaluated in the wrapper, at the call). A
 * strict wrapper of a sloppy body hands it the receiver a sloppy function would see.
 */
export function startValue(
  local: PreparedLocal,
  uid: (hint: string) => string,
  sloppyReceiver: ((receiver: t.Expression) => t.Expression) | null,
): t.Expression {
  const start = local.start!;
  switch (start.kind) {
    case "param":
      if (local.parameterBinding) return parameterAccessor(start.from ?? local.name, uid("value"));
      return t.identifier(start.from ?? local.name);
    case "this":
      return sloppyReceiver ? sloppyReceiver(t.thisExpression()) : t.thisExpression();
    case "arguments":
      return t.identifier("arguments");
    case "argumentsReader":
      return t.arrowFunctionExpression(
        [t.identifier("typeOf")],
        t.conditionalExpression(t.identifier("typeOf"), t.unaryExpression("typeof", t.identifier("arguments")), t.identifier("arguments")),
      );
    case "newTarget":
      return t.metaProperty(t.identifier("new"), t.identifier("target"));
    case "argumentList": {
      const rest = t.identifier(start.rest);
      if (start.leading.length === 0) return rest;
      const leading = t.arrayExpression(start.leading.map((n) => t.identifier(n)));
      return t.callExpression(t.memberExpression(leading, t.identifier("concat")), [rest]);
    }
    case "superGet":
      return t.arrowFunctionExpression([t.identifier("k")], t.memberExpression(t.super(), t.identifier("k"), true));
    case "superSet":
      return t.arrowFunctionExpression(
        [t.identifier("k"), t.identifier("v")],
        t.assignmentExpression("=", t.memberExpression(t.super(), t.identifier("k"), true), t.identifier("v")),
      );
    default: {
      const never: never = start;
      throw new Error(`unknown start ${(never as { kind: string }).kind}`);
    }
  }
}
