/**
 * Prepares a generator or async function's body for the builder, in place, on Babel paths
 * (where binding resolution is exact). After this pass:
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
import type { NodePath, Scope } from "@babel/core";
import { containsSuspension, suspendingNodes } from "./suspensions.js";
import { outsideOwnClass } from "./class-outside.js";
import { eachChild, replaceChildren } from "./walk.js";
import { COMPUTED_NAME, copyNativeNames, isAnonymousFunctionLike, positionName } from "./names.js";
import { TdzMarks } from "./tdz-marks.js";
import { refusal } from "../errors.js";
import { assignment as assign, cellOf } from "./ast.js";

import type { FunctionKindName } from "./types.js";
export type { FunctionKindName };

export interface PreparedLocal {
  name: string;
  displayName: string;
  cell: boolean;
  /** Captured by closures as a value (see `capturedByValue`): closures get it as a parameter. */
  capturedByValue: boolean;
  /**
   * How the local starts: a parameter, `this`, `arguments` (`argumentsReader`: a function that
   * reads the free `arguments` of a top-level arrow when called, or its `typeof` when called
   * with `true`), `new.target` (of an arrow, lexical), a super helper, an arrow's argument list
   * (its wrapper's parameters), or nothing. `from`: the wrapper's parameter to start from, when
   * it has another name than the local.
   */
  start:
    | { kind: "param"; from?: string }
    | { kind: "this" }
    | { kind: "arguments" }
    | { kind: "argumentsReader" }
    | { kind: "newTarget" }
    | { kind: "argumentList"; leading: string[]; rest: string }
    | { kind: "superGet" }
    | { kind: "superSet" }
    | null;
  /**
   * A parameter that closures in the parameter list capture and that changes after the
   * parameters are bound: natively those closures and the body share one binding. The local is
   * a cell whose `v` is an accessor of the parameter binding itself (see `parameterAccessor`).
   */
  parameterBinding?: true;
  /** Block-scoped and per-iteration: `let`/`const`/class/block function. */
  blockScoped: boolean;
}

export interface Prepared {
  kind: FunctionKindName;
  locals: PreparedLocal[];
  /** Names of locals by binding name after renaming, for the builder. */
  localsByName: Map<string, PreparedLocal>;
  /** Nodes (statements and expressions) that contain a suspension. */
  suspending: WeakSet<t.Node>;
  /** Statements to put at the start of the body: cell creation for captured params and vars. */
  prologue: t.Statement[];
  /**
   * Statements to run before a switch's cases when the builder takes it apart: the function
   * declarations of its cases, hoisted to before the switch runs.
   */
  switchPrologues: Map<t.SwitchStatement, t.Statement[]>;
  /** Bindings a regenerator-style lowering would hoist (params, vars, lets, functions, catch params). */
  hoistedBindings: string[];
  /** Set when parameters must be evaluated inside the machine (async functions with defaults). */
  paramsInBody: boolean;
  /** What the temporal-dead-zone pass needs to know (see ./tdz-marks.ts). */
  tdz: TdzMarks;
}

/** How prepared code calls the runtime (const assignments throw through it). */
export interface RuntimeAccess {
  name: string;
  /** The file's set of runtime helpers used so far; prepare adds to it. */
  helpers: Set<string>;
}

type FnPath = NodePath<t.Function>;
type Binding = NonNullable<ReturnType<Scope["getBinding"]>>;

export function functionKind(node: t.Function): FunctionKindName {
  if (node.async) return node.generator ? "asyncGenerator" : "async";
  return "generator";
}

/** Throws a code-frame error for direct eval or `with` anywhere inside the function. */
function refuseUnsupported(fn: FnPath): void {
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

function isDecomposedScopeBlock(scope: Scope, fnNode: t.Function, suspending: WeakSet<t.Node>): boolean {
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
function hoistingContainer(scope: Scope, fnNode: t.Function): t.Node {
  if (scope.block === fnNode) return fnNode.body;
  if (t.isCatchClause(scope.block)) return scope.block.body;
  return scope.block;
}

/** True when the binding's scope belongs to `fn` itself (not to a nested function). */
function scopeIsInside(scope: Scope, fnScope: Scope): boolean {
  let s: Scope | null | undefined = scope;
  while (s) {
    if (s === fnScope) return true;
    if (s.block !== fnScope.block && t.isFunction(s.block)) return false;
    s = s.parent;
  }
  return false;
}

export function prepare(fn: FnPath, kind: FunctionKindName, runtime: RuntimeAccess): Prepared {
  refuseUnsupported(fn);
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

  // Collect every binding declared in the function (outside nested functions).
  const scopes: Scope[] = [];
  fn.traverse({
    Scopable: {
      enter(p) {
        if (p.isFunction() && p.node !== fnNode) {
          p.skip();
          return;
        }
        if (scopeIsInside(p.scope, fnScope) && !scopes.includes(p.scope)) scopes.push(p.scope);
      },
    },
  });
  if (!scopes.includes(fnScope)) scopes.unshift(fnScope);

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

  rewriteDeclarations(fn, localsByName, entryCells, localBindings, tdz);

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

  return { kind, locals, localsByName, suspending, prologue, switchPrologues, hoistedBindings, paramsInBody, tdz };
}

/**
 * Annex B.3.3: in sloppy code, a plain function declared in a block (or switch case) is also a
 * `var` of the function, which gets the block binding's value when the declaration is
 * evaluated, unless such a `var` would clash with a parameter or with a lexical declaration
 * of the name in the function or an enclosing block. Natively the engine does this, but a
 * lowered body is spread over step-function calls (a non-decomposed block's copy would land in
 * the step function's own scope, lost at the next resume) and a decomposed block's function
 * becomes a renamed local. So it is written out before the analysis: the function-level `var`
 * (added if missing) gets a fresh name, the block binding keeps the source name, and
 * `alias = f;` stands where the declaration was evaluated. Returns alias → source name, for
 * the names a renamed function-level declaration must keep.
 *
 * A block function that must not be hoisted because a parameter or a function-level `let`,
 * `const` or class has its name would still be hoisted by the step function (sloppy too, where
 * that binding is a plain `var`) if its block stays native, overwriting the local: such
 * bindings are returned in `clashingNames`, to be renamed.
 */
function hoistSloppyBlockFunctions(fn: FnPath): { sourceNames: Map<string, string>; clashingNames: Set<string> } {
  const sourceNames = new Map<string, string>();
  const clashingNames = new Set<string>();
  if (isStrict(fn)) return { sourceNames, clashingNames };
  const fnScope = fn.scope;
  const paramNames = new Set(fn.node.params.flatMap((p) => Object.keys(t.getBindingIdentifiers(p))));
  const byName = new Map<string, NodePath<t.FunctionDeclaration>[]>();
  fn.get("body").traverse({
    Function(p) {
      p.skip();
      if (!p.isFunctionDeclaration() || p.node.generator || p.node.async || !p.node.id) return;
      const container = p.parentPath;
      const inBlock = (container.isBlockStatement() && !container.parentPath.isFunction()) || container.isSwitchCase();
      const name = p.node.id.name;
      if (!inBlock) return;
      if (paramNames.has(name) || name === "arguments" || !varAllowed(container.scope, name, fnScope)) {
        const atFunctionLevel = fnScope.getOwnBinding(name);
        if (atFunctionLevel && atFunctionLevel.kind !== "var" && atFunctionLevel.kind !== "hoisted") clashingNames.add(name);
        return;
      }
      byName.set(name, [...(byName.get(name) ?? []), p]);
    },
  });
  if (byName.size === 0) return { sourceNames, clashingNames };
  const body = fn.get("body") as NodePath<t.BlockStatement>;
  let added = false;
  for (const name of byName.keys()) {
    const existing = fnScope.getOwnBinding(name);
    if (existing && existing.kind !== "local") continue;
    body.unshiftContainer("body", t.variableDeclaration("var", [t.variableDeclarator(t.identifier(name))]));
    added = true;
  }
  if (added) fnScope.crawl();
  for (const [name, declarations] of byName) {
    const alias = fnScope.generateUid(name);
    renameBinding(fnScope, fnScope.getOwnBinding(name)!, name, alias);
    sourceNames.set(alias, name);
    for (const declaration of declarations) {
      declaration.insertAfter(t.expressionStatement(t.assignmentExpression("=", t.identifier(alias), t.identifier(name))));
    }
  }
  fnScope.crawl();
  return { sourceNames, clashingNames };
}

/** Whether `var name` could stand in `blockScope` (Annex B's condition, parameters aside). */
function varAllowed(blockScope: Scope, name: string, fnScope: Scope): boolean {
  for (let s: Scope | null | undefined = blockScope.parent; s; s = s.parent) {
    const binding = s.getOwnBinding(name);
    if (binding && s === fnScope) return binding.kind === "var" || binding.kind === "hoisted" || binding.kind === "local";
    // A simple catch parameter may share a `var`'s name (B.3.4); any other binding of an
    // enclosing block is lexical (let, const, class, a block's own function).
    if (binding && !(t.isCatchClause(s.block) && binding.path.isCatchClause() && t.isIdentifier(s.block.param))) return false;
    if (s === fnScope) return true;
  }
  return true;
}

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
function capturedByValue(binding: Binding, closureReads: readonly NodePath[], paramNames: Set<string>): boolean {
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
function hoistsFunction(node: t.LabeledStatement): boolean {
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
function bindClosuresToCells(fn: FnPath, localsByName: Map<string, PreparedLocal>, kind: FunctionKindName, tdz: TdzMarks, runtime: RuntimeAccess): void {
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
      const evaluated = rewrite(outsideOwnClass(value, ownName, uninitialisedRead, refuse)) as t.Expression;
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

type ComputedKeyMember = (t.ClassMethod | t.ClassProperty | t.ClassAccessorProperty) & { key: t.Expression };

/** A class member whose key is an expression the class's surroundings evaluate. */
function hasComputedKey(m: t.ClassBody["body"][number]): m is ComputedKeyMember {
  return (t.isClassMethod(m) || t.isClassProperty(m) || t.isClassAccessorProperty(m)) && m.computed;
}

/** A method that can have a computed key (evaluated by the code around its object or class). */
function isMethodNode(n: t.Node): n is t.ObjectMethod | t.ClassMethod {
  return t.isObjectMethod(n) || t.isClassMethod(n);
}

/**
 * For a traversal of what a lowered function itself evaluates (its `this`, `arguments`,
 * `super`): a nested function's own code is skipped, except an arrow's (which shares them) and
 * a method's computed key (evaluated by the code around the object or class). (`skipKey` on the
 * method, since flags set on a child path are reset when the traversal reaches it.)
 */
function skipNestedFunction(p: NodePath<t.Function>): void {
  if (p.isArrowFunctionExpression()) return;
  if (isMethodNode(p.node) && p.node.computed) {
    for (const key of ["params", "body", "returnType", "typeParameters"]) p.skipKey(key);
    return;
  }
  p.skip();
}

/**
 * In sloppy mode a function with simple parameters has a *mapped* `arguments`: `a` and
 * `arguments[0]` are one variable. When such a function uses `arguments`, its parameters are
 * rewritten to read and write the (real, mapped) arguments object the wrapper received, so the
 * two stay one across suspensions. Returns the name of the local holding that object, or null.
 */
function isStrict(fn: FnPath): boolean {
  const useStrict = (d: t.Directive) => d.value.value === "use strict";
  for (let p: NodePath | null = fn; p; p = p.parentPath) {
    const n = p.node;
    if (t.isClass(n)) return true;
    if (t.isFunction(n) && t.isBlockStatement(n.body) && n.body.directives.some(useStrict)) return true;
    if (t.isProgram(n)) return n.sourceType === "module" || n.directives.some(useStrict);
  }
  return false;
}

function mapParametersToArguments(fn: FnPath): string | null {
  const node = fn.node;
  if (t.isArrowFunctionExpression(node) || isStrict(fn)) return null;
  if (node.params.length === 0 || !node.params.every((p) => t.isIdentifier(p))) return null;
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
    for (const write of binding.constantViolations) {
      const w = write.node;
      const id = binding.identifier.name;
      if (t.isAssignmentExpression(w)) w.left = replaceInPattern(w.left, id, member) as t.AssignmentExpression["left"];
      else if (t.isUpdateExpression(w) && t.isIdentifier(w.argument, { name: id })) w.argument = member();
      else if ((t.isForInStatement(w) || t.isForOfStatement(w)) && !t.isVariableDeclaration(w.left)) {
        w.left = replaceInPattern(w.left, id, member) as t.ForInStatement["left"];
      }
    }
  });
  return name;
}

/**
 * Renames a binding through the references and writes Babel already recorded for it, instead
 * of `scope.rename`, which walks the whole scope once per renamed binding (the largest cost of
 * lowering functions with many block-scoped locals). Classes keep `scope.rename`: their inner
 * name binding shares the declaration's identifier.
 */
function renameBinding(scope: Scope, binding: Binding, oldName: string, newName: string): void {
  if (binding.path.isClassDeclaration() || binding.path.isClassExpression()) {
    scope.rename(oldName, newName);
    return;
  }
  const renameIn = (node: t.Node | null | undefined) => {
    if (!node) return;
    const ids = t.getBindingIdentifiers(node, true) as Record<string, t.Identifier[]>;
    for (const id of ids[oldName] ?? []) id.name = newName;
  };
  binding.identifier.name = newName;
  for (const ref of binding.referencePaths) {
    const node = ref.node;
    if (!t.isIdentifier(node) || node.name !== oldName) continue;
    const parent = ref.parent;
    // `{ x }` keeps its key: it becomes `{ x: newName }`.
    if (t.isObjectProperty(parent) && parent.shorthand && parent.value === node) {
      parent.shorthand = false;
      parent.key = t.identifier(oldName);
    }
    node.name = newName;
  }
  for (const write of binding.constantViolations) {
    const node = write.node;
    if (t.isAssignmentExpression(node)) renameIn(node.left);
    else if (t.isUpdateExpression(node)) renameIn(node.argument);
    else if (t.isForInStatement(node) || t.isForOfStatement(node)) renameIn(node.left);
    else if (t.isVariableDeclarator(node)) renameIn(node.id);
    else if (t.isFunctionDeclaration(node) || t.isClassDeclaration(node)) renameIn(node.id);
    else if (t.isCatchClause(node)) renameIn(node.param);
    else renameIn(node);
  }
  // Patterns of the declaration itself (a destructured `let` has several names).
  if (binding.path.isVariableDeclarator()) renameIn(binding.path.node.id);
  if (binding.path.isCatchClause()) renameIn(binding.path.node.param);
  delete scope.bindings[oldName];
  scope.bindings[newName] = binding;
}

/**
 * Inside its own body a class refers to its inner, immutable name (bound before static fields
 * and blocks run), not to the outer binding that prepare made a cell: those references keep
 * the source name, which the class expression binds (see rewriteDeclarations).
 */
function keepInnerClassName(binding: Binding, cellName: string, sourceName: string): void {
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
function rewriteConstantWrites(binding: Binding, local: PreparedLocal, runtime: RuntimeAccess, tdz: TdzMarks): void {
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

function markSuspending(fn: FnPath, kind: FunctionKindName): WeakSet<t.Node> {
  return suspendingNodes(fn.node, kind);
}

function rewriteCellReferences(scope: Scope, name: string, fnNode: t.Function): void {
  const binding = scope.getBinding(name);
  if (!binding) return;
  const member = () => t.memberExpression(t.identifier(name), t.identifier("v"));
  // The parameter list is evaluated by the wrapper (or a helper), where parameters are plain:
  // neither its reads nor its writes go through the cell.
  for (const ref of binding.referencePaths) {
    if (ref.node && t.isIdentifier(ref.node, { name }) && !inParameterList(ref, fnNode)) ref.replaceWith(member());
  }
  for (const write of binding.constantViolations) {
    if (inParameterList(write, fnNode)) continue;
    const node = write.node;
    if (t.isAssignmentExpression(node)) node.left = replaceInPattern(node.left, name, member) as t.AssignmentExpression["left"];
    else if (t.isUpdateExpression(node) && t.isIdentifier(node.argument, { name })) node.argument = member();
    else if ((t.isForInStatement(node) || t.isForOfStatement(node)) && !t.isVariableDeclaration(node.left)) {
      node.left = replaceInPattern(node.left, name, member) as t.ForInStatement["left"];
    }
  }
}

/**
 * True for an identifier that an assignment, update or for-in/of head writes (sloppy code may
 * assign to `arguments`), directly or inside a destructuring pattern.
 */
function isAssignedTo(id: NodePath<t.Identifier>): boolean {
  let child: NodePath = id;
  let parent: NodePath | null = id.parentPath;
  while (parent) {
    if (parent.isAssignmentExpression()) return parent.node.left === child.node;
    if (parent.isUpdateExpression()) return parent.node.argument === child.node;
    if (parent.isForXStatement()) return parent.node.left === child.node;
    const inPattern =
      parent.isArrayPattern() || parent.isRestElement() ||
      (parent.isAssignmentPattern() && parent.node.left === child.node) ||
      (parent.isObjectProperty() && parent.node.value === child.node && parent.parentPath.isObjectPattern()) ||
      parent.isObjectPattern();
    if (!inPattern) return false;
    child = parent;
    parent = parent.parentPath;
  }
  return false;
}

/** True for code in the parameter list of `fnNode` (also inside its closures). */
function inParameterList(path: NodePath, fnNode: t.Function): boolean {
  return path.findParent((q) => q.parentPath?.node === fnNode && q.listKey === "params") !== null;
}

/**
 * True for a parameter that a closure in the parameter list refers to and that something
 * writes after it is bound: natively that closure and the body see one binding. Not when the
 * body redeclares the name with `var` or a function declaration: with parameter expressions,
 * FunctionDeclarationInstantiation then gives the body a binding of its own, which starts with
 * the parameter's value (Babel records such a redeclaration as a write of the parameter).
 */
function sharedWithParameterList(binding: Binding, fnNode: t.Function): boolean {
  if (binding.constant) return false;
  if (binding.constantViolations.some((w) => w.isVariableDeclarator() || w.isFunctionDeclaration())) return false;
  const inParameterClosure = (p: NodePath) => p.getFunctionParent()?.node !== fnNode && inParameterList(p, fnNode);
  return binding.referencePaths.some(inParameterClosure) || binding.constantViolations.some(inParameterClosure);
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

function replaceInPattern(node: t.Node, name: string, member: () => t.MemberExpression): t.Node {
  if (t.isIdentifier(node)) return node.name === name ? member() : node;
  if (t.isObjectPattern(node)) {
    for (const p of node.properties) {
      if (t.isRestElement(p)) p.argument = replaceInPattern(p.argument, name, member) as t.LVal;
      else {
        const value = replaceInPattern(p.value, name, member) as t.PatternLike;
        if (value !== p.value) p.shorthand = false;
        p.value = value;
      }
    }
  } else if (t.isArrayPattern(node)) {
    node.elements = node.elements.map((e) => (e ? (replaceInPattern(e, name, member) as t.PatternLike) : e));
  } else if (t.isAssignmentPattern(node)) {
    node.left = replaceInPattern(node.left, name, member) as t.AssignmentPattern["left"];
  } else if (t.isRestElement(node)) {
    node.argument = replaceInPattern(node.argument, name, member) as t.LVal;
  }
  return node;
}

/**
 * Turns declarations of locals into assignments. A `let`/`const` that is a cell gets a fresh
 * cell at its declaration; a `let` without initializer is reset to undefined (a loop body's
 * `let x;` starts undefined on every iteration).
 */
function rewriteDeclarations(
  fn: FnPath,
  localsByName: Map<string, PreparedLocal>,
  entryCells: Set<string>,
  localBindings: Set<Binding>,
  tdz: TdzMarks,
): void {
  const isLocal = (p: NodePath, name: string) => {
    const b = p.scope.getBinding(name);
    return b !== undefined && localBindings.has(b);
  };
  const cellTarget = (name: string) => t.memberExpression(t.identifier(name), t.identifier("v"));
  fn.traverse({
    Function(p) {
      p.skip();
    },
    ClassDeclaration(p) {
      const id = p.node.id;
      if (!id || !localsByName.has(id.name) || !isLocal(p.parentPath!, id.name)) return;
      const local = localsByName.get(id.name)!;
      // The class keeps its source name (its `.name`, and the inner binding its body sees).
      const expr = t.classExpression(t.identifier(local.displayName), p.node.superClass, p.node.body, p.node.decorators);
      if (local.name !== local.displayName) referToInnerName(expr, local.name, local.displayName);
      const stmt = entryCells.has(local.name)
        ? assign(cellTarget(local.name), expr)
        : assign(t.identifier(local.name), local.cell ? cellOf(expr) : expr);
      stmt.loc = p.node.loc;
      if (tdz.candidates.has(local.name)) tdz.declarations.set(stmt, new Set([local.name]));
      p.replaceWith(stmt);
    },
    VariableDeclaration(p) {
      const decl = p.node;
      const ours = decl.declarations.some((d) =>
        Object.keys(t.getBindingIdentifiers(d.id)).some((n) => localsByName.has(n) && isLocal(p, n)),
      );
      if (!ours) return;
      const parent = p.parentPath;
      const exprs: t.Expression[] = [];
      // Which names each expression declares (for the TDZ pass); cell creations declare none.
      const declares = new Map<t.Expression, Set<string>>();
      for (const d of decl.declarations) {
        const before = exprs.length;
        if (t.isIdentifier(d.id)) {
          const local = localsByName.get(d.id.name)!;
          if (local.cell && entryCells.has(local.name)) {
            exprs.push(t.assignmentExpression("=", cellTarget(d.id.name), d.init ?? t.buildUndefinedNode()));
          } else if (local.cell && decl.kind !== "var") {
            exprs.push(t.assignmentExpression("=", t.identifier(d.id.name), cellOf(d.init ?? t.buildUndefinedNode())));
          } else if (local.cell) {
            if (d.init) exprs.push(t.assignmentExpression("=", t.memberExpression(t.identifier(d.id.name), t.identifier("v")), d.init));
          } else if (d.init) {
            exprs.push(t.assignmentExpression("=", t.identifier(d.id.name), d.init));
          } else if (decl.kind !== "var") {
            exprs.push(t.assignmentExpression("=", t.identifier(d.id.name), t.buildUndefinedNode()));
          }
        } else {
          // A destructuring declaration: cells among its names are created first, then filled.
          const names = Object.keys(t.getBindingIdentifiers(d.id));
          for (const n of names) {
            const local = localsByName.get(n);
            if (local?.cell && decl.kind !== "var" && !entryCells.has(n)) {
              exprs.push(t.assignmentExpression("=", t.identifier(n), cellOf(t.buildUndefinedNode())));
            }
          }
          const pattern = toAssignmentPattern(d.id, localsByName);
          if (d.init) exprs.push(t.assignmentExpression("=", pattern, d.init));
        }
        const names = Object.keys(t.getBindingIdentifiers(d.id)).filter((n) => tdz.candidates.has(n));
        if (names.length > 0 && exprs.length > before) declares.set(exprs[exprs.length - 1]!, new Set(names));
      }
      // A decomposed loop's `let`/`const` head is the builder's: it creates per-iteration cells.
      if (decl.kind !== "var" && ((parent.isForXStatement() && parent.node.left === decl) || (parent.isForStatement() && parent.node.init === decl))) return;
      if (parent.isForXStatement() && parent.node.left === decl) {
        const d = decl.declarations[0]!;
        p.replaceWith(toAssignmentPattern(d.id, localsByName) as t.LVal);
        return;
      }
      if (parent.isForStatement() && parent.node.init === decl) {
        p.replaceWith(exprs.length === 0 ? t.buildUndefinedNode() : exprs.length === 1 ? exprs[0]! : t.sequenceExpression(exprs));
        return;
      }
      const stmts = exprs.map((e) => {
        const s = t.expressionStatement(e);
        s.loc = decl.loc;
        const names = declares.get(e);
        if (names) tdz.declarations.set(s, names);
        return s;
      });
      if (stmts.length === 0) p.remove();
      else if (stmts.length === 1) p.replaceWith(stmts[0]!);
      else p.replaceWithMultiple(stmts);
    },
  });
}

/**
 * Inside a class, its name is the class's own immutable binding, not the local the declaration
 * fills: the renaming (and the cell rewrite, `_C.v`) made references in the class's heritage
 * and body refer to the local; they are given back to the inner binding. (`_C` is a fresh
 * name, so every use of it inside the class is one of these.)
 */
function referToInnerName(cls: t.ClassExpression, local: string, inner: string): void {
  const rename = (n: t.Node): t.Node => {
    if (t.isIdentifier(n, { name: local })) return t.identifier(inner);
    if (t.isMemberExpression(n) && !n.computed && t.isIdentifier(n.object, { name: local }) && t.isIdentifier(n.property, { name: "v" })) {
      return t.identifier(inner);
    }
    replaceChildren(n, rename);
    return n;
  };
  if (cls.superClass) cls.superClass = rename(cls.superClass) as t.Expression;
  replaceChildren(cls.body, rename);
}

export function toAssignmentPattern(id: t.LVal | t.VoidPattern, localsByName: Map<string, PreparedLocal>): t.LVal {
  const cloned = t.cloneNode(id as t.LVal, true);
  copyNativeNames(id, cloned);
  const fix = (node: t.Node): t.Node => {
    if (t.isIdentifier(node)) {
      const local = localsByName.get(node.name);
      return local?.cell ? t.memberExpression(t.identifier(node.name), t.identifier("v")) : node;
    }
    if (t.isObjectPattern(node)) {
      node.properties = node.properties.map((p) => {
        if (t.isRestElement(p)) {
          p.argument = fix(p.argument) as t.LVal;
          return p;
        }
        if (p.shorthand && t.isIdentifier(p.value) && localsByName.get(p.value.name)?.cell) p.shorthand = false;
        p.value = fix(p.value) as t.PatternLike;
        return p;
      }) as t.ObjectPattern["properties"];
      return node;
    }
    if (t.isArrayPattern(node)) {
      node.elements = node.elements.map((e) => (e ? (fix(e) as t.PatternLike) : e));
      return node;
    }
    if (t.isAssignmentPattern(node)) {
      node.left = fix(node.left) as t.AssignmentPattern["left"];
      return node;
    }
    if (t.isRestElement(node)) {
      node.argument = fix(node.argument) as t.LVal;
      return node;
    }
    return node;
  };
  return fix(cloned) as t.LVal;
}

/**
 * Replaces `this`, `arguments`, `super` and `new.target` of the lowered function (and of its
 * arrows, which share them) with locals the wrapper fills.
 */
function replaceFunctionEnvironment(
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
function isPatternTarget(path: NodePath): boolean {
  const parent = path.parentPath;
  if (!parent) return false;
  const node = path.node;
  if (parent.isArrayPattern() || parent.isRestElement()) return true;
  if (parent.isAssignmentPattern()) return parent.node.left === node;
  if (parent.isObjectProperty()) return parent.node.value === node && parent.parentPath.isObjectPattern();
  if (parent.isForInStatement() || parent.isForOfStatement()) return parent.node.left === node;
  return false;
}
