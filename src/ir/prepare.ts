/**
 * Prepares a generator or async function's body for the builder, in place, on Babel paths
 * (where binding resolution is exact). `prepare` runs the passes in order, each a module:
 * ./refusals.ts, ./renaming.ts, ./captures.ts, ./declarations.ts, ./environment.ts (their
 * shared helpers in ./bindings.ts, the types they hand on in ./prepare-types.ts). After it:
 *
 * - every binding that will live in the step function (a *local*) has a name no other binding
 *   or free reference in the function uses, so the builder and liveness can match locals by name;
 * - locals that closures capture and that can change after a closure was made live in a cell
 *   (`{ v }`): every reference reads or writes `name.v`, and declarations create a fresh cell,
 *   so each loop iteration's `let` is its own cell and a write on either side is seen by both;
 *   a captured local that cannot change once any closure exists (see `capturedByValue`) is
 *   handed to its closures as a value, with no cell;
 * - declarations of locals are plain assignments (`let x = e` → `x = e`), function declarations
 *   are hoisted to the start of their scope as assignments, so the builder sees no declarations;
 * - `this`, `arguments`, `super` and `new.target` of the function (also inside its arrows)
 *   are replaced by locals set up by the wrapper.
 *
 * Direct `eval` and `with` anywhere inside the function are refused: both let code reach
 * locals by a name the analysis cannot see.
 */
import { types as t } from "@babel/core";
import type { NodePath, Scope, Visitor } from "@babel/core";
import { suspendingNodes } from "./suspensions.js";
import { TdzMarks } from "./tdz-marks.js";
import type { NativeNames } from "./names.js";
import { assignment as assign, cellOf } from "./ast.js";
import { subtreesWithout } from "./walk.js";

import type { FunctionKindName } from "./types.js";
import type { Binding, FnPath, Prepared, PreparedLocal, RuntimeAccess } from "./prepare-types.js";
import { refuseUnsupported } from "./refusals.js";
import { mapParametersToArguments, replaceFunctionEnvironment } from "./environment.js";
import { bindClosuresToCells, capturedByValue, rewriteCellReferences, sharedWithParameterList } from "./captures.js";
import { hoistSloppyBlockFunctions, rewriteDeclarations } from "./declarations.js";
import { keepInnerClassName, rewriteConstantWrites } from "./renaming.js";
import { renameBinding } from "./bindings.js";
export type { FunctionKindName };

export function functionKind(node: t.Function): FunctionKindName {
  if (node.async) return node.generator ? "asyncGenerator" : "async";
  return "generator";
}

export function isDecomposedScopeBlock(scope: Scope, fnNode: t.Function, suspending: WeakSet<t.Node>): boolean {
  if (scope.block === fnNode) return true;
  // A catch clause is taken apart with its try: the parameter then lives in the step function.
  if (t.isCatchClause(scope.block)) return suspending.has(scope.path.parent!);
  return suspending.has(scope.block);
}

/**
 * Where a scope's hoisted declarations (and block cells) go: the statement list its code
 * starts with. A function's and a catch clause's scope are their node, their statements are
 * in the body block.
 */
export function hoistingContainer(scope: Scope, fnNode: t.Function): t.Node {
  if (scope.block === fnNode) return fnNode.body;
  if (t.isCatchClause(scope.block)) return scope.block.body;
  return scope.block;
}

/** True when the binding's scope belongs to `fn` itself (not to a nested function). */
export function scopeIsInside(scope: Scope, fnScope: Scope): boolean {
  let s: Scope | null | undefined = scope;
  while (s) {
    if (s === fnScope) return true;
    if (s.block !== fnScope.block && t.isFunction(s.block)) return false;
    s = s.parent;
  }
  return false;
}

interface ScopeCollection {
  /** Subtrees that hold no scope (./walk.ts), or null when the function holds none. */
  withoutScopes: Set<t.Node> | null;
  fnNode: t.Function;
  fnScope: Scope;
  /** The function's own scopes, in the order the traversal meets them. */
  scopes: Scope[];
  seen: Set<Scope>;
}

// One visitor for every function, its state the traversal's: Babel prepares ("explodes") a
// visitor object once, a new object on every traversal.
const collectScopes: Visitor<ScopeCollection> = {
  enter(p, state) {
    if (state.withoutScopes?.has(p.node)) p.skip();
  },
  Scopable: {
    enter(p, state) {
      if (p.isFunction() && p.node !== state.fnNode) {
        p.skip();
        return;
      }
      if (scopeIsInside(p.scope, state.fnScope) && !state.seen.has(p.scope)) {
        state.seen.add(p.scope);
        state.scopes.push(p.scope);
      }
    },
  },
};

/** `lookForRefusals`: false when the file is known to hold no `with` and no `eval` call (../inert-subtrees.ts). */
export function prepare(fn: FnPath, kind: FunctionKindName, runtime: RuntimeAccess, nativeNames: NativeNames, lookForRefusals: boolean): Prepared {
  if (lookForRefusals) refuseUnsupported(fn);
  const { sourceNames, clashingNames } = hoistSloppyBlockFunctions(fn);
  const fnNode = fn.node;
  const fnScope = fn.scope;
  const suspending = markSuspending(fn, kind);
  const mappedArguments = mapParametersToArguments(fn);

  // Async functions evaluate their parameters inside the promise (a throwing default rejects).
  const paramsInBody = kind === "async" && !fnNode.params.every((p) => t.isIdentifier(p));

  const locals: PreparedLocal[] = [];
  const localsByName = new Map<string, PreparedLocal>();
  const hoistedBindings: string[] = [];
  const prologue: t.Statement[] = [];
  const hoistedFunctions = new Map<t.Node, t.Statement[]>();
  const removedDeclarations: NodePath<t.FunctionDeclaration>[] = [];
  const cellBindings: Array<[Scope, string]> = [];
  // Identity, not names: an inner block may declare a native binding with a local's name.
  const localBindings = new Set<Binding>();
  const paramNames = new Set(fnNode.params.flatMap((p) => Object.keys(t.getBindingIdentifiers(p))));
  const blockCells = new Map<t.Node, t.Statement[]>();
  const entryCells = new Set<string>();
  const tdz = new TdzMarks();
  const constBindings: Array<[Binding, PreparedLocal]> = [];

  // Collect every binding declared in the function (outside nested functions), in the order
  // the traversal meets their scopes. It enters only subtrees that hold a scope.
  const collection: ScopeCollection = {
    withoutScopes: subtreesWithout(fnNode, (n) => t.isScopable(n), (n) => !t.isFunction(n)),
    fnNode,
    fnScope,
    scopes: [],
    seen: new Set<Scope>(),
  };
  fn.traverse(collectScopes, collection);
  const { scopes, seen } = collection;
  if (!seen.has(fnScope)) scopes.unshift(fnScope);

  // Which bindings closures capture, decided before the loop below removes hoisted function
  // declarations from the tree: a reference inside a removed declaration no longer finds
  // the closure it is in, and would pass for the function's own.
  const captured = new Set<Binding>();
  const byValue = new Set<Binding>();
  const inClosure = (ref: NodePath) => ref.getFunctionParent()?.node !== fnNode;
  for (const scope of scopes) {
    for (const binding of Object.values(scope.bindings)) {
      if (binding.scope !== scope) continue;
      const closureReads = binding.referencePaths.filter(inClosure);
      if (closureReads.length === 0 && !binding.constantViolations.some(inClosure)) continue;
      captured.add(binding);
      if (capturedByValue(binding, closureReads, paramNames)) byValue.add(binding);
    }
  }

  for (const scope of scopes) {
    const decomposed = isDecomposedScopeBlock(scope, fnNode, suspending);
    for (const name of Object.keys(scope.bindings)) {
      const binding = scope.bindings[name]!;
      if (binding.scope !== scope) continue;
      hoistedBindings.push(name);
      // Bindings of non-decomposed blocks stay native, block scoping and all.
      if (!decomposed && binding.kind !== "var" && binding.kind !== "hoisted" && binding.kind !== "param") continue;
      if (binding.kind === "local") continue; // a named function expression's own name
      if (binding.kind === "hoisted" && scope !== fnScope && !decomposed) continue;
      const isCaptured = captured.has(binding);
      const entryInitialized =
        (binding.kind === "param" && !paramsInBody) || (binding.kind === "hoisted" && scope === fnScope);
      const parameterBinding = binding.kind === "param" && sharedWithParameterList(binding, fnNode);
      const cell = parameterBinding || (isCaptured && !(entryInitialized && binding.constant) && !byValue.has(binding));
      const blockScoped = binding.kind === "let" || binding.kind === "const" || binding.kind === "module" ||
        (binding.kind === "hoisted" && scope !== fnScope);
      // Rename when lifting to function level could clash, and always for cells, so that a
      // hoisted named function expression cannot shadow its own cell.
      let newName = name;
      if (cell || scope !== fnScope || name === "arguments" || clashingNames.has(name)) {
        newName = fnScope.generateUid(name);
        renameBinding(scope, binding, name, newName);
      }
      const local: PreparedLocal = {
        name: newName,
        displayName: sourceNames.get(name) ?? name,
        cell,
        capturedByValue: byValue.has(binding),
        start: null,
        blockScoped,
      };
      if (binding.kind === "param" && !paramsInBody) local.start = { kind: "param" };
      if (parameterBinding) local.parameterBinding = true;
      // With parameter expressions, a body `var` of a parameter's name is its own binding that
      // starts with the parameter's value.
      if (binding.kind === "var" && scope === fnScope && !paramsInBody && paramNames.has(name)) {
        local.start = { kind: "param", from: name };
      }
      locals.push(local);
      localsByName.set(newName, local);
      localBindings.add(binding);
      if (binding.kind === "const" && binding.constantViolations.length > 0) constBindings.push([binding, local]);
      if (cell) cellBindings.push([scope, newName]);
      // A block's captured let/const/class gets its cell when the block is entered, so that
      // hoisted functions of the block capture the cell the declaration will fill. (Not a
      // loop head's, made per iteration, nor a catch parameter's, made from the exception;
      // a catch body's declarations share the clause's scope and are included.)
      const catchParam = t.isCatchClause(scope.block) && binding.path.isCatchClause();
      // A let/const/class binding is uninitialised from its scope's entry to its declaration
      // (a catch parameter is bound on entry): the TDZ pass decides where that needs a check.
      const uninitialised = (binding.kind === "let" || binding.kind === "const") && !catchParam;
      if (uninitialised) {
        tdz.candidates.set(newName, name);
        if (binding.kind === "const") tdz.constants.add(newName);
        if (binding.path.isClassDeclaration() && cell) keepInnerClassName(binding, newName, name);
      }
      if (cell && (binding.kind === "let" || binding.kind === "const") && !t.isLoop(scope.block) && !catchParam) {
        const container = hoistingContainer(scope, fnNode);
        const list = blockCells.get(container) ?? [];
        const created = cellOf(t.buildUndefinedNode());
        const stmt = assign(t.identifier(newName), created);
        tdz.resets.set(stmt, { local: newName, removable: false, holder: { node: created.properties[0]!, key: "value" } });
        list.push(stmt);
        blockCells.set(container, list);
        entryCells.add(newName);
      } else if (uninitialised && !t.isLoop(scope.block)) {
        // Entering the scope makes the binding uninitialised again (a loop body's, on every
        // iteration); the pass keeps this only when some use needs the check. Loop heads'
        // bindings are reset by the builder, before the head runs.
        const container = hoistingContainer(scope, fnNode);
        const list = blockCells.get(container) ?? [];
        const stmt = assign(t.identifier(newName), t.buildUndefinedNode());
        tdz.resets.set(stmt, { local: newName, removable: true, holder: { node: stmt.expression, key: "right" } });
        list.unshift(stmt);
        blockCells.set(container, list);
      }
      if (cell && (binding.kind === "var" || binding.kind === "param" || binding.kind === "hoisted")) {
        // The cell exists from function entry; a captured param's cell starts with its value.
        const init = binding.kind === "param" && !paramsInBody ? t.identifier(newName) : t.buildUndefinedNode();
        if (binding.kind === "param" && !paramsInBody && !parameterBinding) {
          // The wrapper passes the raw value under the same name; wrap it in place.
          prologue.push(assign(t.identifier(newName), cellOf(init)));
        } else if (scope === fnScope && binding.kind !== "param") {
          prologue.push(assign(t.identifier(newName), cellOf(t.buildUndefinedNode())));
        }
      }
      // Function declarations become assignments at the start of their scope, in source order
      // (the last of a name wins), also those that redeclare a parameter, a `var` or another
      // function, which Babel records as writes of the first binding.
      const declaredIn = binding.path.isFunctionDeclaration() ? binding.path.parent : scope === fnScope ? fnNode.body : null;
      // (A block's function may be recorded twice, also as a write of itself.)
      const declarations = [...new Set([binding.path, ...binding.constantViolations])]
        .filter((d): d is NodePath<t.FunctionDeclaration> => d.isFunctionDeclaration() && d.parent === declaredIn && !removedDeclarations.includes(d))
        .sort((x, y) => (x.node.start ?? 0) - (y.node.start ?? 0));
      // A cell exists before any function of its scope is made (the prologue's for the
      // function's scope, one at block entry for a block's), so that every closure made at
      // entry, the function itself included, is handed the cell the binding lives in.
      if (cell && declarations.length > 0 && scope !== fnScope) {
        const container = hoistingContainer(scope, fnNode);
        const cells = blockCells.get(container) ?? [];
        cells.push(assign(t.identifier(newName), cellOf(t.buildUndefinedNode())));
        blockCells.set(container, cells);
      }
      for (const declaration of declarations) {
        const decl = declaration.node;
        const container = hoistingContainer(scope, fnNode);
        const list = hoistedFunctions.get(container) ?? [];
        // The expression keeps the declaration's own name (its `.name`), not the local's: a
        // declaration has no inner binding of its name, so every reference inside it is one to
        // the local (renamed with it, or shadowed by a binding inside), and the expression's
        // name binding, unlike the renamed one, can shadow nothing it refers to.
        const fnExpr = t.functionExpression(t.identifier(sourceNames.get(name) ?? name), decl.params, decl.body, decl.generator, decl.async);
        fnExpr.loc = decl.loc;
        // Every declaration fills the cell, made before any function of its scope (see above).
        const target = cell ? t.memberExpression(t.identifier(newName), t.identifier("v")) : t.identifier(newName);
        const stmt = assign(target, fnExpr);
        stmt.loc = decl.loc;
        tdz.hoistedFunctions.set(stmt, newName);
        list.push(stmt);
        hoistedFunctions.set(container, list);
        removedDeclarations.push(declaration);
      }
    }
  }

  // Assignments to a const throw (before cells: the read they keep becomes `.v` below).
  for (const [binding, local] of constBindings) rewriteConstantWrites(binding, local, runtime, tdz);
  // References to cells go through `.v`. Only then are the hoisted declarations removed:
  // removing one also drops its binding, and the references Babel recorded for it.
  for (const [scope, name] of cellBindings) rewriteCellReferences(scope, name, fnNode);
  for (const declaration of removedDeclarations) declaration.remove();

  rewriteDeclarations(fn, localsByName, entryCells, localBindings, tdz, nativeNames);

  // Hoisted function declarations become assignments at the start of their block, after the
  // block's cells.
  for (const [container, cells] of blockCells) {
    hoistedFunctions.set(container, [...cells, ...(hoistedFunctions.get(container) ?? [])]);
  }
  const switchPrologues = new Map<t.SwitchStatement, t.Statement[]>();
  for (const [container, stmts] of hoistedFunctions) {
    if (t.isBlockStatement(container)) container.body.unshift(...stmts);
    else if (t.isSwitchStatement(container)) {
      // Functions declared in a switch's cases are hoisted to before the switch runs.
      switchPrologues.set(container, stmts);
    } else {
      // Dropping them would lose the declarations silently.
      throw new Error(`internal: no place to hoist declarations of a ${container.type}`);
    }
  }

  replaceFunctionEnvironment(fn, locals, localsByName, mappedArguments, paramsInBody);
  bindClosuresToCells(fn, localsByName, kind, tdz, runtime);

  return { kind, locals, localsByName, suspending, prologue, switchPrologues, hoistedBindings, paramsInBody, tdz, nativeNames };
}

export function markSuspending(fn: FnPath, kind: FunctionKindName): WeakSet<t.Node> {
  return suspendingNodes(fn.node, kind);
}
